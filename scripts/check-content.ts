#!/usr/bin/env node
/**
 * Validates every content collection without building the site and prints all problems at
 * once as `path:line  field  message — fix`, in Vietnamese for editors. Exit 1 on any problem.
 */
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCli } from './lib/cli.ts';
import type { CheckResult } from '../src/lib/check/check-content.ts';
import { annotation, jobSummary } from '../src/lib/check/github-report.ts';
import { formatProblem, unexpectedFailure, type Problem } from '../src/lib/check/problem.ts';
import { runContentCheck } from '../src/lib/check/run-check.ts';
import { resolveBuildDate } from '../src/lib/build-date.ts';

const HELP = `Usage: npm run check [-- options]

Checks every file under content/ against its schema, references between collections,
file names, Unicode normalisation and the cross-file rules, then prints every problem found.

Options:
  --fix          rewrite files that are not Unicode NFC (the only thing fixed automatically)
  --root DIR     project folder to check (default: the current folder); tests use fixtures
  --quiet        print problems only, no summary or progress
  --today DATE   the day dates are checked against, YYYY-MM-DD (default: BUILD_DATE, or
                 today in Vietnam); a story dated after it is an error
  --format F     text (default), or github: each problem also as a GitHub Actions annotation
                 on its file and line, and a table in the job summary ($GITHUB_STEP_SUMMARY),
                 naming a story's field by its label in the editors' workspace
  -h, --help     show this help

Exit status: 0 when the content is valid, 1 when there are problems, 2 on a usage error.`;

const args = parseCli(HELP, {
  fix: { type: 'boolean', default: false },
  root: { type: 'string', default: '.' },
  quiet: { type: 'boolean', default: false },
  today: { type: 'string' },
  format: { type: 'string', default: 'text' },
});

if (!['text', 'github'].includes(args.format)) {
  console.error(`--format: “${args.format}” không hợp lệ; dùng text hoặc github.\n\n${HELP}`);
  process.exit(2);
}

/** Problems also where GitHub shows them (--format github). */
function report(problems: readonly Problem[], files: number): void {
  if (args.format !== 'github') return;
  for (const problem of problems) console.log(annotation(problem));
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, jobSummary(problems, files));
}

let today: Date;
try {
  today = resolveBuildDate(args.today ? { BUILD_DATE: args.today } : process.env);
} catch (error) {
  console.error(`${(error as Error).message}\n\n${HELP}`);
  process.exit(2);
}

const started = performance.now();
const showProgress = !args.quiet && process.stderr.isTTY;
let result: CheckResult;
try {
  result = await runContentCheck({
    root: resolve(args.root),
    fix: args.fix,
    today,
    onFile: showProgress
      ? (done, total) => {
          if (done % 250 === 0 || done === total) process.stderr.write(`\rĐang kiểm tra ${done}/${total} tệp…`);
        }
      : undefined,
  });
} catch (error) {
  // checkContent reports each file's failures as problems; this is the last net, never a stack.
  const failure = unexpectedFailure('content', 'kiểm tra nội dung', error);
  console.log(formatProblem(failure));
  report([failure], 0);
  process.exit(1);
}
if (showProgress) process.stderr.write('\n');
const { problems } = result;

for (const file of result.fixed) console.log(`Đã chuẩn hoá NFC: ${file}`);
for (const problem of problems) console.log(formatProblem(problem));
report(problems, result.files);

const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (!args.quiet) {
  const summary = problems.length
    ? `✗ ${problems.length} lỗi trong ${new Set(problems.map((p) => p.file)).size} tệp (đã kiểm tra ${result.files} tệp, ${seconds} giây). Sửa các lỗi trên rồi chạy lại “npm run check”.`
    : `✓ Nội dung hợp lệ: ${result.files} tệp (${seconds} giây).`;
  (problems.length ? console.error : console.log)(summary);
}
process.exit(problems.length ? 1 : 0);
