import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formLabel } from '../../src/lib/cms/field-labels.ts';
import { annotation, jobSummary } from '../../src/lib/check/github-report.ts';
import { NODE, ROOT, TEST_BUILD_DATE } from '../support/paths.ts';
import { checkProject, FIXTURES, TMP } from '../support/projects.ts';

const run = promisify(execFile);
const STORY = 'content/exemplars/mau-a-duong-be-tong/index.md';

describe('the check on a pull request (--format github)', () => {
  it('annotates the file and line of each problem and tables them in the job summary, naming the field as the form does', async () => {
    const project = checkProject('github-report', join(FIXTURES, 'invalid/url-nguon-khong-hop-le'));
    const summary = join(TMP, 'github-report', 'summary.md');
    rmSync(summary, { force: true });
    mkdirSync(join(TMP, 'github-report'), { recursive: true });
    const outcome = await run(NODE, ['scripts/check-content.ts', '--root', project, '--format', 'github'], {
      cwd: ROOT,
      env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE, GITHUB_STEP_SUMMARY: summary },
    }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(outcome.code).toBe(1);
    const line = Number(/^content\/exemplars\/mau-a-duong-be-tong\/index\.md:(\d+) {2}sources\[0\]\.url /m.exec(outcome.stdout)?.[1]);
    expect(line).toBeGreaterThan(1);
    expect(outcome.stdout).toMatch(
      new RegExp(`^::error file=content/exemplars/mau-a-duong-be-tong/index\\.md,line=${line},title=Kiểm tra nội dung::Trường “Nguồn tin 1 › Đường dẫn” \\(sources\\[0\\]\\.url\\): Không phải đường dẫn hợp lệ`, 'm'),
    );
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain('| Tệp | Dòng | Trường | Lỗi | Cách sửa |');
    expect(table).toContain(`| ${STORY} | ${line} | “Nguồn tin 1 › Đường dẫn” (sources[0].url) | Không phải đường dẫn hợp lệ`);
  });

  it('refuses an unknown format in Vietnamese, with the usage', async () => {
    const outcome = await run(NODE, ['scripts/check-content.ts', '--format', 'xml'], { cwd: ROOT }).catch((error: { code: number; stderr: string }) => error);
    expect(outcome).toMatchObject({ code: 2 });
    expect((outcome as { stderr: string }).stderr).toContain('--format: “xml” không hợp lệ; dùng text hoặc github.');
  });
});

describe('field names and workflow-command escaping', () => {
  it('names a story field by the form’s labels, list entries numbered from 1', () => {
    expect(formLabel(STORY, 'figures[1].value')).toBe('Kết quả bằng con số 2 › Giá trị');
    expect(formLabel(STORY, 'unit.level')).toBe('Đơn vị › Cấp đơn vị');
    expect(formLabel(STORY, 'body')).toBe('Nội dung câu chuyện');
    expect(formLabel(STORY, 'tags')).toBeUndefined();
    expect(formLabel('content/phases/giai-doan-1.yaml', 'name')).toBeUndefined();
  });

  it('escapes what would end a workflow command, and pipes in the table', () => {
    const problem = { file: 'content/a,b:c.md', line: 3, field: '-', message: 'Dòng 1\n::warning::x 100%', fix: 'a | b' };
    expect(annotation(problem)).toBe('::error file=content/a%2Cb%3Ac.md,line=3,title=Kiểm tra nội dung::Dòng 1%0A::warning::x 100%25 — a | b');
    expect(jobSummary([problem], 1)).toContain('| content/a,b:c.md | 3 | — | Dòng 1 ::warning::x 100% | a \\| b |');
  });
});
