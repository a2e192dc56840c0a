#!/usr/bin/env node
/**
 * Build benchmark: time and peak memory (GNU time -v) of the real site and of the site with
 * 100, 1,000 and 5,000 synthetic pages, the content check alone, and Pagefind's index size.
 * Every build runs in a throwaway copy of the project under .bench/ with a clean Astro cache.
 */
import { existsSync, globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureGnuTime, loadAverage, timed, type Measure } from './_gnu-time.ts';
import { addSyntheticContent, type ContentSource } from './_synthetic.ts';

import { buildableProject } from '../../lib/project-copy.ts';
import { parseCli } from '../../lib/cli.ts';
const HELP = `Usage: npm run bench -- build [-- options]

Builds the real site and the site with synthetic content, each in a fresh copy of the project
(.bench/, git-ignored) from a clean cache, under /usr/bin/time -v, and prints a Markdown table.

Options:
  --sizes LIST     synthetic page counts, comma-separated (default: 100,1000,5000)
  --no-real        skip the real site
  --content KIND   "pages" (synthetic Markdown pages, default) or "stories" (the story generator,
                   scripts/dev/generate-stories.ts; see scripts/dev/bench/_synthetic.ts)
  --write          replace the Build section of docs/benchmarks.md with the results
  --keep           keep the copies in .bench/ (for profiling)
  -h, --help       show this help

Needs GNU time (/usr/bin/time; Debian package "time", installed with apt-get when run as root).`;

const args = parseCli(HELP, {
  sizes: { type: 'string', default: '100,1000,5000' },
  'no-real': { type: 'boolean', default: false },
  content: { type: 'string', default: 'pages' },
  write: { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
});
if (args.content !== 'pages' && args.content !== 'stories') {
  console.error('--content must be "pages" or "stories"');
  process.exit(2);
}
const sizes = args.sizes.split(',').filter(Boolean).map((s) => Number(s.replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error(`--sizes must be whole numbers, got "${args.sizes}"`);
  process.exit(2);
}

const ROOT = resolve(import.meta.dirname, '../../..');
const WORK = join(ROOT, '.bench');
function makeCopy(name: string): string {
  return buildableProject(ROOT, join(WORK, name));
}

function folderBytes(dir: string): number {
  return globSync('**/*', { cwd: dir })
    .map((f) => statSync(join(dir, f)))
    .filter((s) => s.isFile())
    .reduce((sum, s) => sum + s.size, 0);
}

interface Row {
  label: string;
  pages: number;
  build: Measure;
  check: Measure;
  distMiB: number;
  pagefindMiB: number;
  /** Load average right after the build: others' work on the shared machine slows the wall time. */
  load: string;
}

async function benchOne(label: string, syntheticCount: number): Promise<Row> {
  console.log(`  ▶ ${label}: copying the project${syntheticCount ? ` and writing ${syntheticCount} synthetic ${args.content}` : ''}…`);
  const copy = makeCopy(label.replace(/\W+/g, '-'));
  addSyntheticContent(copy, syntheticCount, args.content as ContentSource);
  console.log(`    content check…`);
  const check = await timed(`${label} check`, copy, [process.execPath, 'scripts/check-content.ts']);
  console.log(`    building…`);
  const build = await timed(`${label} build`, copy, [process.execPath, 'scripts/build.ts', '--skip-check', '--out', 'dist']);
  const dist = join(copy, 'dist');
  const row: Row = {
    label,
    pages: globSync('**/*.html', { cwd: dist }).length,
    build,
    check,
    distMiB: folderBytes(dist) / 2 ** 20,
    pagefindMiB: folderBytes(join(dist, 'pagefind')) / 2 ** 20,
    load: loadAverage(),
  };
  console.log(`    ✓ ${row.pages} pages in ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s, load ${loadAverage()}), peak ${build.peakMiB.toFixed(0)} MiB; check ${check.seconds.toFixed(1)} s`);
  if (!args.keep) rmSync(copy, { recursive: true, force: true });
  return row;
}

function machine(): string {
  const node = process.version;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${node}, ${new Date().toISOString().slice(0, 10)}`;
}

function table(rows: Row[]): string {
  const lines = [
    '| site | HTML pages | build time (wall) | build CPU (user + sys) | load average after (1/5/15 min) | peak memory | content check | `dist/` | Pagefind index |',
    '|---|---:|---:|---:|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.pages.toLocaleString('en')} | ${r.build.seconds.toFixed(1)} s | ${r.build.cpuSeconds.toFixed(1)} s | ${r.load} | ${(r.build.peakMiB / 1024).toFixed(2)} GiB | ${r.check.seconds.toFixed(1)} s | ${r.distMiB.toFixed(1)} MiB | ${r.pagefindMiB.toFixed(2)} MiB |`,
    ),
  ];
  const k1 = rows.find((r) => r.label.startsWith('+1,000 '));
  const k5 = rows.find((r) => r.label.startsWith('+5,000 '));
  if (k1 && k5) {
    const goal = args.content === 'stories' ? 60 : 120;
    lines.push('', `5,000 / 1,000 build time: ${(k5.build.seconds / k1.build.seconds).toFixed(2)}× (goal ≤ 5.5×); 5,000 ${args.content}: ${k5.build.seconds.toFixed(1)} s (goal ≤ ${goal} s).`);
  }
  return lines.join('\n');
}

const START = '<!-- bench:build:start -->';
const END = '<!-- bench:build:end -->';

function writeDoc(markdown: string): void {
  const file = join(ROOT, 'docs', 'benchmarks.md');
  const block = `${START}\n${markdown}\n${END}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const next = current.includes(START)
    ? current.replace(new RegExp(`${START}[\\s\\S]*?${END}`), block)
    : `${current.trimEnd()}\n\n## Build\n\n${block}\n`;
  writeFileSync(file, next);
  console.log(`  ✓ wrote docs/benchmarks.md`);
}

ensureGnuTime();
mkdirSync(WORK, { recursive: true });
const rows: Row[] = [];
if (!args['no-real']) rows.push(await benchOne('real site', 0));
for (const n of sizes) rows.push(await benchOne(`+${n.toLocaleString('en')} synthetic ${args.content}`, n));
const result = `Measured on ${machine()}, with \`npm run bench -- build\` (synthetic content: ${args.content}).\n\n${table(rows)}`;
console.log(`\n${result}\n`);
if (args.write) writeDoc(result);
