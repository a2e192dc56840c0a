/**
 * Reads the W3C Nu HTML Checker's JSON report (`vnu.jar --format json`). Pure: the runner
 * (scripts/dev/gates/nu.ts) starts the checker, this decides what counts and how it reads.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface NuProblem {
  /** Path inside the checked folder, with forward slashes: "tim-kiem/index.html". */
  page: string;
  line?: number;
  message: string;
}

interface NuMessage {
  type?: string;
  url?: string;
  lastLine?: number;
  message?: string;
}

/**
 * Errors only: the checker's warnings include Content-Security-Policy notes that are wrong for
 * files checked from disk ('self' has no origin there), and the browser tests already fail on
 * any real CSP violation. A `non-document-error` (an unreadable file) counts as an error.
 */
export function nuProblems(jsonReport: string, dir: string): NuProblem[] {
  let report: { messages?: NuMessage[] };
  try {
    report = JSON.parse(jsonReport) as { messages?: NuMessage[] };
  } catch {
    throw new Error(`The Nu checker did not print a JSON report:\n${jsonReport.trim().slice(0, 2000)}`);
  }
  if (!Array.isArray(report.messages)) throw new Error('The Nu checker report has no "messages" list.');
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      page: m.url?.startsWith('file:') ? relative(dir, fileURLToPath(m.url)).split('\\').join('/') : (m.url ?? '?'),
      ...(m.lastLine ? { line: m.lastLine } : {}),
      message: m.message ?? '(no message)',
    }));
}

/** `page: line: message`, the way the gate prints each problem. */
export function formatNuProblem({ page, line, message }: NuProblem): string {
  return line ? `${page}: ${line}: ${message}` : `${page}: ${message}`;
}
