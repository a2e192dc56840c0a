#!/usr/bin/env node
/**
 * Checks the content, then runs `astro build` (which makes the complete deployable site, see
 * src/integrations/deployable-site.ts) into a scratch folder and publishes it atomically
 * (scripts/lib/atomic-publish.ts), so a failed check or build leaves the previous dist/
 * exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseCli } from './lib/cli.ts';
import { publish, removeLeftovers, scratchFolder } from './lib/atomic-publish.ts';
import { runAstroBuild } from './lib/astro-build.ts';

const HELP = `Usage: npm run build [-- options]

Runs the content check, then "astro build" into a temporary folder (the search index,
Content-Security-Policy, _headers, sitemap and service worker are written by the build
itself), then publishes it: the output folder is a link to the finished site, replaced in one
rename. On any failure the previous output is left untouched; folders left by a killed build
are removed.

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

const kept = `Thư mục ${args.out}/ trước đó được giữ nguyên.`;
const removed = removeLeftovers(args.out);
if (removed.length > 0) console.log(`▶ Dọn thư mục do lần dựng bị ngắt để lại: ${removed.join(', ')}`);

if (!args['skip-check']) {
  console.log('▶ Kiểm tra nội dung');
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { stdio: 'inherit' });
  if (check.status !== 0) {
    console.error(`✗ Kiểm tra nội dung thất bại. ${kept}`);
    process.exit(check.status ?? 1);
  }
}

const scratch = scratchFolder(args.out);
console.log('▶ Dựng trang, chỉ mục tìm kiếm, chính sách bảo mật và bộ nhớ ngoại tuyến');
const failure = await runAstroBuild(scratch);
if (failure) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`${failure}\n${kept}`);
  process.exit(1);
}
try {
  publish(scratch, args.out);
} catch (error) {
  // A file-system refusal (permissions, a full disk): what remains is cleaned by the next build.
  console.error(`✗ Không đăng được bản dựng mới vào ${args.out}/: ${(error as Error).message}\n${kept}`);
  process.exit(1);
}
console.log(`✓ Đã dựng xong vào ${args.out}/`);
