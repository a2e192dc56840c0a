import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, TEST_BUILD_DATE } from '../support/paths.ts';
import { copyStories, FIXTURES, projectCopy } from '../support/projects.ts';

const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(node:.+\))$/m;
const build = (project: string, extra: string[] = []) =>
  spawnSync(NODE, ['scripts/build.ts', '--out', 'dist', ...extra], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });

describe('a build run without the check (--skip-check)', () => {
  let project: string;
  let output: string;
  let status: number | null;

  beforeAll(() => {
    project = projectCopy('story-files-unsafe');
    copyStories(join(FIXTURES, 'valid'), project);
    const stories = join(project, 'content/exemplars');
    symlinkSync('mau-a-duong-be-tong-thon', join(stories, 'mau-d-lien-ket'));
    symlinkSync('/etc/passwd', join(stories, 'mau-b-tiet-kiem-dien-van-phong/anh-phu.jpg'));
    copyFileSync(
      join(ROOT, 'tests/fixtures/hostile-cases/anh-svg-doi-ten-png/stories/mau-a-duong-be-tong/anh-bia.png'),
      join(stories, 'mau-c-ca-nhan-sang-kien/anh-chua-dung.png'),
    );
    const run = build(project, ['--skip-check']);
    status = run.status;
    output = `${run.stdout}\n${run.stderr}`;
  }, 120_000);

  it('refuses a linked story folder, a linked picture and an SVG named .png, naming each in Vietnamese', () => {
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/exemplars/mau-d-lien-ket/:1  -  Thư mục câu chuyện là liên kết tượng trưng');
    expect(output).toContain('content/exemplars/mau-b-tiet-kiem-dien-van-phong/anh-phu.jpg:1  -  “anh-phu.jpg” là liên kết tượng trưng');
    expect(output).toContain('content/exemplars/mau-c-ca-nhan-sang-kien/anh-chua-dung.png:1  -  Tệp “anh-chua-dung.png” không phải ảnh PNG thật');
  });

  it('publishes nothing, prints nothing of the linked file and no stack trace', () => {
    expect(existsSync(join(project, 'dist'))).toBe(false);
    const firstLine = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
    expect(output).not.toContain(firstLine);
    expect(output).not.toMatch(STACK_FRAME);
  });
});
