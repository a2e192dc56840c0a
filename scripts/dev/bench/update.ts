#!/usr/bin/env node
/**
 * What a returning reader downloads when a deploy adds one story: the service worker of the new
 * version fetches only the precached files whose bytes changed (src/scripts/offline/service-worker.ts).
 * Builds a project copy with N synthetic stories, then with one more, and compares the two
 * precache lists.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStories } from '../generate-stories.ts';
import { parseCli } from '../../lib/cli.ts';
import { buildableProject } from '../../lib/project-copy.ts';
import { servedSize } from '../../lib/static-server.ts';
import { BENCH_TODAY, benchEnv } from './_pinned-date.ts';
import { recordResult } from './_record.ts';

const HELP = `Usage: npm run bench -- update [-- options]
       node scripts/dev/bench/update.ts [options]

Builds a copy of the project (under .bench/) with N synthetic stories, then with one more,
exactly as "npm run build" does, and prints what the service worker of the second build
downloads for a reader who has the first: the precached files whose bytes changed.

Options:
  --count N    stories before the deploy (default 100)
  --write      record the result in docs/benchmarks.md (section "Offline")
  -h, --help   show this help`;

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const args = parseCli(HELP, {
  count: { type: 'string', default: '100' },
  write: { type: 'boolean', default: false },
});
const count = Number(args.count);
if (!Number.isInteger(count) || count < 0) {
  console.error(`--count must be a whole number.\n\n${HELP}`);
  process.exit(2);
}

type Precache = Map<string, string>;

/** [URL, revision] pairs of a build's service worker. */
function precacheOf(dist: string): Precache {
  const source = /const PRECACHE = (.*);/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))?.[1];
  if (!source) throw new Error(`${dist}/sw.js has no precache list`);
  return new Map(JSON.parse(source) as Array<[string, string]>);
}

function wireBytes(dist: string, url: string): number {
  return servedSize(url, readFileSync(join(dist, url.endsWith('/') ? `${url}index.html` : url)));
}

function build(project: string, out: string, stories: number): Precache {
  console.log(`  ${stories} câu chuyện: tạo và dựng (npm run build)…`);
  // The generator is deterministic: the first N stories come out the same the second time.
  generateStories({ out: join(project, 'content/exemplars'), count: stories, today: BENCH_TODAY });
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    cwd: project,
    encoding: 'utf8',
    env: benchEnv(),
  });
  if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return precacheOf(join(project, out));
}

const project = buildableProject(REPO, join(REPO, '.bench/update'));
let summary: { files: number; allBytes: number; changed: string[]; changedBytes: number };
try {
  const before = build(project, 'dist-before', count);
  const after = build(project, 'dist-after', count + 1);
  const dist = join(project, 'dist-after');
  const changed = [...after].filter(([url, revision]) => before.get(url) !== revision).map(([url]) => url);
  summary = {
    files: after.size,
    allBytes: [...after.keys()].reduce((sum, url) => sum + wireBytes(dist, url), 0),
    changed,
    changedBytes: changed.reduce((sum, url) => sum + wireBytes(dist, url), 0),
  };
} finally {
  rmSync(project, { recursive: true, force: true });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const kinds = (urls: string[]) => {
  const pages = urls.filter((url) => url.endsWith('/')).length;
  const search = urls.filter((url) => url.includes('/pagefind/')).length;
  return `${pages} pages, ${search} search index files, ${urls.length - pages - search} other`;
};
console.log(
  `${count} → ${count + 1} câu chuyện: ${summary.files} tệp lưu sẵn (${kb(summary.allBytes)}); tải lại ${summary.changed.length} tệp (${kb(summary.changedBytes)}): ${summary.changed.join(' ')}`,
);

if (args.write) {
  const markdown = [
    `\`npm run bench -- update -- --write\` builds a copy of the project with ${count.toLocaleString('en')} synthetic stories, then with`,
    'one more, and compares the two service workers’ precache lists: what a returning reader’s',
    'phone downloads in the background when the deploy reaches it. Text is counted as brotli, Pagefind',
    'files as stored (already compressed).',
    '',
    '| stories | precached files | all of them (what each deploy cost before revisions) | downloaded again | of which |',
    '|---:|---:|---:|---:|---|',
    `| ${count.toLocaleString('en')} → ${(count + 1).toLocaleString('en')} | ${summary.files} | ${kb(summary.allBytes)} | ${summary.changed.length} files, ${kb(summary.changedBytes)} | ${kinds(summary.changed)} |`,
  ].join('\n');
  recordResult('update', 'Offline', markdown);
}
