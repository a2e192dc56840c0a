/**
 * The check's problems where an editor looks on a pull request: one GitHub Actions annotation per
 * problem on its file and line (`::error file=…,line=…,title=…::…`, shown in the diff and the
 * checks tab) and a job summary table. Both name a story's field by the label of the workspace's
 * form (src/lib/cms/field-labels.ts) beside its YAML key. Workflow commands need no token
 * permission: the read-only token of .github/workflows/content-check.yml is enough.
 */
import { formLabel } from '../cms/field-labels.ts';
import type { Problem } from './problem.ts';

/** The field as the editor saw it: “Nguồn tin 2 › Đường dẫn” (sources[1].url), or the key alone. */
export function fieldName(problem: Problem): string {
  const label = formLabel(problem.file, problem.field);
  return label ? `“${label}” (${problem.field})` : problem.field;
}

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions: data escapes
// %, CR and LF; property values also , and :.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotation(problem: Problem): string {
  const field = problem.field === '-' ? '' : `Trường ${fieldName(problem)}: `;
  return `::error file=${escapeProperty(problem.file)},line=${problem.line},title=${escapeProperty('Kiểm tra nội dung')}::${escapeData(`${field}${problem.message} — ${problem.fix}`)}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Markdown for $GITHUB_STEP_SUMMARY: a heading and one table row per problem. */
export function jobSummary(problems: readonly Problem[], files: number): string {
  if (problems.length === 0) return `### ✓ Nội dung hợp lệ\n\nĐã kiểm tra ${files} tệp, không có lỗi.\n`;
  const rows = problems.map((p) => `| ${cell(p.file)} | ${p.line} | ${cell(p.field === '-' ? '—' : fieldName(p))} | ${cell(p.message)} | ${cell(p.fix)} |`);
  return [
    `### ✗ ${problems.length} lỗi trong ${new Set(problems.map((p) => p.file)).size} tệp`,
    '',
    'Sửa từng lỗi (trên trang quản trị hoặc trong tệp), rồi lưu lại: kiểm tra chạy lại tự động.',
    '',
    '| Tệp | Dòng | Trường | Lỗi | Cách sửa |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
