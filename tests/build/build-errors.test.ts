import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, TEST_BUILD_DATE } from '../support/paths.ts';
import { FIXTURES, projectCopy } from '../support/projects.ts';

const STORY = 'mau-a-duong-be-tong-thon';

/**
 * Pictures the content check does not open break Astro's build. The editor must read which
 * story did it and what to do, in Vietnamese, and never a JavaScript stack trace.
 */
describe('when astro build fails because of a story, the build names it in Vietnamese', () => {
  let project: string;
  beforeAll(() => {
    project = projectCopy('build-errors');
    cpSync(join(FIXTURES, 'valid', STORY), join(project, 'content/exemplars', STORY), { recursive: true });
  });

  const cases: Array<[string, string]> = [
    ['an SVG saved as the .jpg cover', '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"/>'],
    ['an empty cover file', ''],
  ];
  it.each(cases)('%s', (_label, cover) => {
    writeFileSync(join(project, 'content/exemplars', STORY, 'anh-bia.jpg'), cover);
    const result = spawnSync(NODE, ['scripts/build.ts', '--skip-check'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`✗ Dựng trang thất bại vì câu chuyện sau:\n  content/exemplars/${STORY}/index.md (tệp anh-bia.jpg)\n`);
    expect(result.stderr).toContain('Hãy xuất lại ảnh dưới dạng JPEG, PNG hoặc WebP');
    expect(result.stderr).toContain('Thư mục dist/ trước đó được giữ nguyên.');
    expect(output.split('\n').filter((line) => /^\s+at\s/.test(line) || line.includes('Stack trace'))).toEqual([]);
  });
});
