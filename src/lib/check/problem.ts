/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  /** Dotted field path inside the entry (`items[2].text`), or `-` for the whole file. */
  field: string;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** What to do about it, in Vietnamese. */
  fix: string;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '-';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** `path:line  field  message — fix`, the format the check prints and editors search for. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}  ${p.field}  ${p.message} — ${p.fix}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

/** What the check says when its own code fails on a file: never a stack trace. */
export function unexpectedFailure(file: string, step: string, error: unknown): Problem {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    file,
    line: 1,
    field: '-',
    message: `Lỗi bất ngờ khi ${step} (${detail.slice(0, 200)}).`,
    fix: 'Kiểm tra tệp có đúng mẫu trong CONTRIBUTING.md; nếu vẫn lỗi, gửi dòng này cho nhóm kỹ thuật.',
  };
}
