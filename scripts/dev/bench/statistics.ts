#!/usr/bin/env node
/**
 * What the statistics pages (/so-lieu/, issue 14) cost: the build with N synthetic stories with
 * and without src/pages/so-lieu/, alternated (ABBA) to cancel drift on the shared machine, and
 * the weight of /so-lieu/ as a reader's first visit downloads it (document, stylesheets and
 * scripts it links, brotli). Goals: ≤ 5 % longer, ≤ 60 KiB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseCli } from '../../lib/cli.ts';
import { buildableProject } from '../../lib/project-copy.ts';
import { ensureGnuTime, loadAverage, timed, type Measure } from './_gnu-time.ts';
import { median } from './_machine.ts';
import { benchEnv } from './_pinned-date.ts';
import { recordResult } from './_record.ts';
import { addSyntheticContent } from './_synthetic.ts';

const HELP = `Usage: npm run bench -- statistics [-- options]

Builds two copies of the project with the same synthetic stories, one without the statistics
pages (src/pages/so-lieu/ removed), alternately, and measures /so-lieu/'s weight.

Options:
  --stories N   synthetic stories (default 5000)
  --runs N      builds of each copy, alternated (default 3)
  --write       record the result in docs/benchmarks.md ("Statistics pages")
  --keep        keep the copies in .bench/ (e.g. to run the Lighthouse gate on the built site)
  -h, --help    show this help`;

const args = parseCli(HELP, {
  stories: { type: 'string', default: '5000' },
  runs: { type: 'string', default: '3' },
  write: { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
});
const stories = Number(args.stories);
const runs = Number(args.runs);
const ROOT = resolve(import.meta.dirname, '../../..');

function prepare(name: string, withStatistics: boolean): string {
  const copy = buildableProject(ROOT, join(ROOT, '.bench', name));
  if (!withStatistics) rmSync(join(copy, 'src/pages/so-lieu'), { recursive: true, force: true });
  addSyntheticContent(copy, stories, 'stories');
  const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: copy, env: benchEnv(), encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`content check failed in ${copy}:\n${check.stdout}${check.stderr}`);
  return copy;
}

/** Brotli bytes of a page and of the stylesheets and scripts its HTML links (what loads first). */
function firstVisitBytes(dist: string, page: string): { html: number; total: number } {
  const br = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const html = readFileSync(join(dist, page, 'index.html'));
  const assets = [...html.toString('utf8').matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="\/([^"]+)"/g)].map((m) => m[1]!);
  const total = assets.filter((a) => existsSync(join(dist, a))).reduce((sum, a) => sum + br(readFileSync(join(dist, a))), br(html));
  return { html: br(html), total };
}

ensureGnuTime();
console.log(`  ▶ two copies with ${stories} synthetic stories…`);
const copies = { with: prepare('statistics-with', true), without: prepare('statistics-without', false) };
const results: Record<'with' | 'without', Array<Measure & { load: string }>> = { with: [], without: [] };
for (let run = 0; run < runs; run++) {
  for (const which of (run % 2 === 0 ? ['with', 'without'] : ['without', 'with']) as Array<'with' | 'without'>) {
    const copy = copies[which];
    rmSync(join(copy, '.astro'), { recursive: true, force: true });
    rmSync(join(copy, 'dist'), { recursive: true, force: true });
    const measure = await timed(`${which} statistics, run ${run + 1}`, copy, [process.execPath, 'scripts/build.ts', '--skip-check', '--out', 'dist']);
    results[which].push({ ...measure, load: loadAverage() });
    console.log(`    ✓ ${which}: ${measure.seconds.toFixed(1)} s wall, ${measure.cpuSeconds.toFixed(1)} s CPU, load ${loadAverage()}`);
  }
}
const weight = firstVisitBytes(join(copies.with, 'dist'), 'so-lieu');
const wall = (w: 'with' | 'without') => median(results[w].map((m) => m.seconds));
const cpu = (w: 'with' | 'without') => median(results[w].map((m) => m.cpuSeconds));
const pct = (a: number, b: number) => `${(((a - b) / b) * 100).toFixed(1)} %`;
// Run r's two builds ran one after the other (ABBA), so their ratio is less affected by the
// shared machine's drift than the medians are.
const paired = (measure: (m: Measure) => number) =>
  median(results.with.map((m, r) => measure(m) / measure(results.without[r]!) - 1)) * 100;
const runsText = (w: 'with' | 'without') => results[w].map((m) => `${m.seconds.toFixed(1)} s / ${m.cpuSeconds.toFixed(1)} s (load ${m.load})`).join('; ');
const markdown = `\`npm run bench -- statistics -- --write\` builds two copies of the project with the same ${stories.toLocaleString('en')} synthetic stories, one without \`src/pages/so-lieu/\`, ${runs} times each, alternated; medians.

| build | wall (median) | CPU (median) | runs: wall / CPU (load average 1/5/15 min after) |
|---|---:|---:|---|
| without the statistics pages | ${wall('without').toFixed(1)} s | ${cpu('without').toFixed(1)} s | ${runsText('without')} |
| with them | ${wall('with').toFixed(1)} s | ${cpu('with').toFixed(1)} s | ${runsText('with')} |
| difference of the medians | ${pct(wall('with'), wall('without'))} | ${pct(cpu('with'), cpu('without'))} | goal ≤ 5 % |
| median difference of each run's pair | ${paired((m) => m.seconds).toFixed(1)} % | ${paired((m) => m.cpuSeconds).toFixed(1)} % | |

\`/so-lieu/\` at ${stories.toLocaleString('en')} stories: ${(weight.html / 1024).toFixed(1)} KiB of HTML and ${(weight.total / 1024).toFixed(1)} KiB with the stylesheets and scripts it links (brotli, quality 11; goal ≤ 60 KiB transferred).`;
console.log(`\n${markdown}\n`);
if (args.write) recordResult('statistics', 'Statistics pages', markdown);
if (!args.keep) for (const copy of Object.values(copies)) rmSync(copy, { recursive: true, force: true });
