#!/usr/bin/env node
/**
 * Checks the content, then builds the site and its search index into a scratch folder and
 * swaps it in for dist/ only when everything succeeded, so a failed check or build leaves the
 * previous dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const HELP = `Usage: npm run build [-- options]

Runs the content check, then "astro build" into a temporary folder, then replaces the output
folder with it in one rename. On any failure the previous output is left untouched.

Options:
  --out DIR      output folder (default: dist)
  --skip-check   build without running the content check first (benchmarks only)
  -h, --help     show this help

Environment: SITE_URL, BASE_PATH (where the site is served), BUILD_DATE=YYYY-MM-DD (the day
used for "current phase"; default today in Vietnam).`;

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    'skip-check': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const out = resolve(args.out);
const scratch = `${out}.tmp-${process.pid}`;
const previous = `${out}.old-${process.pid}`;

function run(label: string, command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`▶ ${label}`);
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env });
  if (result.status !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    console.error(`✗ ${label} thất bại. Thư mục ${args.out}/ trước đó được giữ nguyên.`);
    process.exit(result.status ?? 1);
  }
}

if (!args['skip-check']) run('Kiểm tra nội dung', process.execPath, ['scripts/check-content.ts']);
run('Dựng trang và chỉ mục tìm kiếm', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  ...process.env,
  // A production build even when started from a test runner (vitest sets NODE_ENV=test, which
  // would make import.meta.env.DEV true and ship development-only markup).
  NODE_ENV: 'production',
  ASTRO_OUT_DIR: scratch,
  ASTRO_TELEMETRY_DISABLED: '1',
});

if (existsSync(out)) renameSync(out, previous);
renameSync(scratch, out);
rmSync(previous, { recursive: true, force: true });
console.log(`✓ Đã dựng xong vào ${args.out}/`);
