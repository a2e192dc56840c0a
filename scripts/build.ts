#!/usr/bin/env node
/**
 * Checks the content, then builds the site and its search index into a scratch folder and
 * swaps it in for dist/ only when everything succeeded, so a failed check or build leaves the
 * previous dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeBase } from '../src/lib/base-path.ts';
import { prepareForDeployment } from './lib/deploy-output.ts';
import { parseCli } from './lib/cli.ts';

const HELP = `Usage: npm run build [-- options]

Runs the content check, then "astro build" into a temporary folder, then finishes it for
deployment (checks the Content-Security-Policy, writes _headers and the service worker sw.js
with its precache list), then replaces the output folder with it in one rename. On any
failure the previous output is left untouched.

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
// Vitest exports Vite's import.meta.env values (BASE_URL=/, MODE=test, DEV, PROD, SSR) and
// NODE_ENV=test into process.env; Astro would take them over its own config (links without
// the base, Starlight's dev-only search notice). A build is always a production build.
const { BASE_URL: _baseUrl, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...cleanEnv } = process.env;
run('Dựng trang và chỉ mục tìm kiếm', process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  ...cleanEnv,
  NODE_ENV: 'production',
  ASTRO_OUT_DIR: scratch,
  ASTRO_TELEMETRY_DISABLED: '1',
});

// ── Post-build: must stay the last step before the swap. It hashes the finished output
// (pages, assets, search index) for the Content-Security-Policy, _headers and sw.js.
console.log('▶ Chính sách bảo mật và bộ nhớ ngoại tuyến');
try {
  const { serviceWorker, leftOutOfSitemap } = prepareForDeployment(scratch, normalizeBase(process.env.BASE_PATH));
  console.log(`  sw.js ${serviceWorker.version}: ${serviceWorker.files} tệp lưu sẵn, ${serviceWorker.bytes} byte`);
  if (leftOutOfSitemap.length > 0) console.log(`  sitemap: bỏ ${leftOutOfSitemap.join(', ')} (trang có noindex)`);
} catch (error) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`✗ ${(error as Error).message}\nThư mục ${args.out}/ trước đó được giữ nguyên.`);
  process.exit(1);
}

if (existsSync(out)) renameSync(out, previous);
renameSync(scratch, out);
rmSync(previous, { recursive: true, force: true });
console.log(`✓ Đã dựng xong vào ${args.out}/`);
