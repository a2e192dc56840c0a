#!/usr/bin/env node
/**
 * Checks the content, then runs `astro build` (which makes the complete deployable site, see
 * src/integrations/deployable-site.ts) into a scratch folder and swaps it in for dist/ only when
 * everything succeeded, so a failed check or build leaves the previous dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCli } from './lib/cli.ts';
import { runAstroBuild } from './lib/astro-build.ts';

const HELP = `Usage: npm run build [-- options]

Runs the content check, then "astro build" into a temporary folder (the search index,
Content-Security-Policy, _headers, sitemap and service worker are written by the build
itself), then replaces the output folder with it. On any failure the previous output is left
untouched.

Options:
  --out DIR      output folder (default: dist)
  --skip-check   build without running the content check first (benchmarks only)
  -h, --help     show this help

Environment: SITE_URL, BASE_PATH (where the site is served), BUILD_DATE=YYYY-MM-DD (the day
used for "current phase"; default today in Vietnam).`;

const args = parseCli(HELP, {
  out: { type: 'string', default: 'dist' },
  'skip-check': { type: 'boolean', default: false },
});

const out = resolve(args.out);
const scratch = `${out}.tmp-${process.pid}`;
const previous = `${out}.old-${process.pid}`;
const kept = `Thư mục ${args.out}/ trước đó được giữ nguyên.`;

if (!args['skip-check']) {
  console.log('▶ Kiểm tra nội dung');
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { stdio: 'inherit' });
  if (check.status !== 0) {
    console.error(`✗ Kiểm tra nội dung thất bại. ${kept}`);
    process.exit(check.status ?? 1);
  }
}

console.log('▶ Dựng trang, chỉ mục tìm kiếm, chính sách bảo mật và bộ nhớ ngoại tuyến');
if (!runAstroBuild(scratch)) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`✗ Dựng trang thất bại. ${kept}`);
  process.exit(1);
}

if (existsSync(out)) renameSync(out, previous);
renameSync(scratch, out);
rmSync(previous, { recursive: true, force: true });
console.log(`✓ Đã dựng xong vào ${args.out}/`);
