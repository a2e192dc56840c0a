#!/usr/bin/env node
/**
 * Builds the site with synthetic stories in a throw-away copy of the project, so the gates can
 * measure story pages: the published site has none (the source names no exemplary collective),
 * and fixtures never enter the real content/.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildableProject } from '../../lib/project-copy.ts';
import { parseCli } from '../../lib/cli.ts';

const HELP = `Usage: npm run build:story-site [-- options]

Copies the project to a scratch folder, writes synthetic stories there with
scripts/dev/generate-stories.ts, and builds that copy (check included) into --out.

Options:
  --out DIR      where the built site goes (default: tests/.tmp/story-site)
  --count N      number of synthetic stories (default: 45, enough for a second list page)
  -h, --help     show this help

Environment: BUILD_DATE, SITE_URL, BASE_PATH are passed to the build.`;

const args = parseCli(HELP, {
  out: { type: 'string', default: 'tests/.tmp/story-site' },
  count: { type: 'string', default: '45' },
});

const root = resolve(import.meta.dirname, '../../..');
// Outside tests/ (which is copied) and ignored by git, like the benchmarks' copies.
const copy = buildableProject(root, resolve(root, '.bench/story-project'));
const out = resolve(args.out);
for (const [label, command] of [
  ['Viết câu chuyện giả lập', ['scripts/dev/generate-stories.ts', '--project', copy, '--count', args.count, '--quiet']],
  ['Dựng bản sao có câu chuyện', ['scripts/build.ts', '--out', out]],
] as const) {
  console.log(`▶ ${label}`);
  const result = spawnSync(process.execPath, command, { cwd: copy, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${label} thất bại`);
    process.exit(result.status ?? 1);
  }
}
console.log(`✓ ${out}`);
