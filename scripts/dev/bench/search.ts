#!/usr/bin/env node
/**
 * Search benchmark: for the real site and for the real site plus 1,000 and 5,000 synthetic
 * stories, records the index size (ours and, for comparison, Pagefind's stock index of the same
 * pages), the bytes a reader downloads for the first query, and the time from the last keystroke
 * to the rendered results, first query and later ones. See docs/search.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../../../src/integrations/output/search-index.ts';
import { indexSize, KEY_DELAY_MS, measureSearch, measureStockFirstQuery, type QueryCost, type SearchMeasurement } from './_search-measure.ts';
import { benchEnv } from './_pinned-date.ts';
import { writeSyntheticStories } from './_search-stories.ts';
import { writeServiceWorker } from '../../../src/integrations/output/service-worker.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const HEADING = 'Search';
/** Each typed first in a fresh browser. `cong doan` is the heaviest: both words are on nearly every page. */
const FIRST_QUERIES = ['cong doan', 'tiet kiem', 'duong giao thong', '763/KH-UBND', 'sang kien'];
const WARM_QUERIES = ['tiet kiem', 'duong giao thong', '763/KH-UBND', 'Đảng bộ', 'mau 12', 'chong lang phi', 'sáng kiến', '04/HD-LDLD', 'dia ban mau', 'xyzqq'];

const HELP = `Usage: npx node scripts/dev/bench/search.ts [options]   (or: npm run bench -- search)

Builds the site once, then measures search on it and on copies with synthetic stories
(plain HTML pages written into a temporary copy of the build, never into content/).

Options:
  --sizes LIST   story counts besides the real site (default: 1000,5000)
  --write        record the results in docs/benchmarks.md, section "## ${HEADING}"
  --keep         keep the temporary folder (its path is printed)
  -h, --help     show this help`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;

/**
 * Pagefind's own index of the same pages, without the đ → ď text, for the cost comparison,
 * written with its runtime into `outDir`/pagefind/ beside a bare page to search from.
 */
async function stockIndexBytes(siteDir: string, outDir: string): Promise<number> {
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
    await index!.addDirectory({ path: siteDir });
    await index!.writeFiles({ outputPath: join(outDir, 'pagefind') });
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>stock</title></head><body></body></html>');
    return indexSize(join(outDir, 'pagefind')).bytes;
  } finally {
    await pagefind.close();
  }
}

interface Row extends SearchMeasurement {
  label: string;
  stockBytes: number;
  indexMs: number;
  /** The heaviest first query on stock Pagefind, same pages. */
  stockFirst: QueryCost;
}

export async function runSearchBench(sizes: number[], log: (line: string) => void, keep = false): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const rows: Row[] = [];
  try {
    const real = join(work, 'real');
    log('Dựng trang thật (npm run build)…');
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', real], { cwd: ROOT, encoding: 'utf8', env: benchEnv() });
    if (build.status !== 0) throw new Error(`The build failed:\n${build.stdout}\n${build.stderr}`);
    const sourceText = readFileSync(join(ROOT, 'docs/source/huong-dan-phong-trao-thi-dua.txt'), 'utf8');
    for (const count of [0, ...sizes]) {
      const label = count === 0 ? 'real site' : `real site + ${count.toLocaleString('en')} stories`;
      let site = real;
      let indexMs = Number.NaN;
      if (count > 0) {
        site = join(work, `stories-${count}`);
        log(`${label}: chép bản dựng và viết ${count} câu chuyện mẫu…`);
        cpSync(real, site, { recursive: true, filter: (path) => !path.startsWith(join(real, 'pagefind')) });
        writeSyntheticStories({ siteDir: site, count, sourceText, onProgress: (done, total) => log(`  ${done}/${total} trang`) });
      }
      log(`${label}: lập chỉ mục…`);
      const built = await buildSearchIndex({ siteDir: site, onProgress: (done, total) => total > 500 && done % 1000 === 0 && log(`  chỉ mục ${done}/${total}`) });
      indexMs = built.ms;
      // The copy's index has new file names: its service worker must precache those.
      if (count > 0) writeServiceWorker(site, '/');
      const stockDir = join(work, `stock-${count}`);
      const stockBytes = await stockIndexBytes(site, stockDir);
      log(`${label}: đo trong Chromium…`);
      const measured = await measureSearch(site, built.pages, { first: FIRST_QUERIES, later: WARM_QUERIES });
      const stockFirst = await measureStockFirstQuery(stockDir, FIRST_QUERIES[0]!);
      rows.push({ label, stockBytes, indexMs, stockFirst, ...measured });
      const [heaviest] = measured.cold;
      log(`${label}: ${built.pages} trang, chỉ mục ${kb(measured.indexBytes)}, “${heaviest!.query}” lần đầu ${kb(heaviest!.bytes)} (${ms(heaviest!.ms)}), khi quay lại ${kb(measured.returning.bytes)}; sau đó trung vị ${ms(measured.warmMedianMs)}`);
    }
  } finally {
    if (keep) log(`Giữ thư mục tạm: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  return report(rows);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const parts = (cost: QueryCost) => ['runtime', 'meta', 'index', 'fragment'].map((k) => kb(cost.parts[k] ?? 0)).join(' / ');

function report(rows: Row[]): string {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const [heaviest, ...others] = FIRST_QUERIES;
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench -- search\` (scripts/dev/bench/search.ts) on the shared 2-core machine (load average ${load}), Debian Chromium, phone viewport, served by scripts/lib/static-server.ts (brotli) on localhost, no network throttling. Synthetic stories are ~300-word HTML pages written into a temporary copy of the build (scripts/dev/bench/_search-stories.ts), with all five filters set; their words are drawn from the guidance, so “công” and “đoàn” are on every one of them.`,
    '',
    '**Index**',
    '',
    '| site | pages | index (ours) | index (stock Pagefind, no đ mapping) | indexing time |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.label} | ${r.pages.toLocaleString('en')} | ${kb(r.indexBytes)} (${r.indexFiles} files) | ${kb(r.stockBytes)} (${r.indexBytes >= r.stockBytes ? '+' : ''}${(((r.indexBytes - r.stockBytes) / r.stockBytes) * 100).toFixed(2)} %) | ${ms(r.indexMs)} |`),
    '',
    '**Bytes of the first query**',
    '',
    `| site | \`${heaviest}\`, first visit: bytes / requests | of which runtime / meta / index / fragments | stock Pagefind, same query: bytes / requests (ours against it) | ${others.length} other queries, first visit: median (max) | \`${heaviest}\`, returning reader (service worker installed) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const [first, ...rest] = r.cold;
      const against = ((first!.bytes - r.stockFirst.bytes) / r.stockFirst.bytes) * 100;
      return `| ${r.label} | ${kb(first!.bytes)} / ${first!.requests} | ${parts(first!)} | ${kb(r.stockFirst.bytes)} / ${r.stockFirst.requests} (${against >= 0 ? '+' : ''}${against.toFixed(1)} %) | ${kb(median(rest.map((c) => c.bytes)))} (${kb(Math.max(...rest.map((c) => c.bytes)))}) | ${kb(r.returning.bytes)} / ${r.returning.requests} |`;
    }),
    '',
    '**Time from the last keystroke to the results**',
    '',
    `| site | \`${heaviest}\`, first visit | ${others.length} other first queries: median (max) | ${WARM_QUERIES.length} later queries: median / max | Pagefind search() alone, median |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const [first, ...rest] = r.cold;
      return `| ${r.label} | ${ms(first!.ms)} | ${ms(median(rest.map((c) => c.ms)))} (${ms(Math.max(...rest.map((c) => c.ms)))}) | ${ms(r.warmMedianMs)} / ${ms(r.warmMaxMs)} | ${ms(r.rawMedianMs)} |`;
    }),
    '',
    `A **first visit** opens the dialog in a fresh browser (nothing cached, service worker blocked) and types one query key by key, ${KEY_DELAY_MS} ms apart (a fast thumb; slower typing runs the same searches): ${FIRST_QUERIES.map((q) => `\`${q}\``).join(', ')}, each in its own browser. Its bytes are everything the dialog fetched, counted at the server (headers included): the runtime (our UI bundle, pagefind.js, its worker and its WebAssembly, the same whatever the site size), the index metadata (a list of every page, so it grows with the site), the index chunks of the words typed (including what the searches on the way, such as \`con\` and \`cong doa\`, fetched) and the five result texts shown. A **returning reader** types \`${heaviest}\` on a later visit, after the first one installed the service worker, which keeps the runtime and the metadata (and, while it is under 1 MB, the whole index: src/lib/offline/precache.ts). **Later queries** are typed one after another in the first browser: ${WARM_QUERIES.map((q) => `\`${q}\``).join(', ')}; each time runs from the last keystroke to the rendered first five results, including the wait for a pause (30 ms, or 400 ms when the last word has one or two characters: \`typingDelay\` in src/lib/search/query.ts), with the side-by-side ranking and the word check. The last column is one warm pagefind.search() of the same queries with no UI, the floor any interface on Pagefind has. The index columns count the files a search may fetch (metadata, word index, filter and fragment files), which Pagefind writes already compressed. **Stock Pagefind** is Pagefind's own index of the same pages (no đ mapping) with its own runtime, searched the way its default UI does: \`debouncedSearch\` at every keystroke (300 ms, preloading the chunks of every prefix typed on the way), then the texts of the first five results; our UI bundle, the texts of pages skipped by the whole-word rule and any dropped-word search are what ours adds. Goals at 5,000 stories (issue 16): later queries ≤ 100 ms median, the first query's bytes within 2 % of stock Pagefind's.`,
  ];
  return lines.join('\n');
}

/** Replaces the body of "## heading" in the Markdown (or appends the section). */
export function replaceSection(doc: string, heading: string, body: string): string {
  const lines = doc.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  const section = [`## ${heading}`, '', body, ''];
  if (start === -1) return `${doc.trimEnd()}\n\n${section.join('\n')}`;
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end === -1) end = lines.length;
  return [...lines.slice(0, start), ...section, ...lines.slice(end)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000' },
      write: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const body = await runSearchBench(sizes, (line) => console.error(`  ${line}`), values.keep);
  console.log(`\n## ${HEADING}\n\n${body}\n`);
  if (values.write) {
    const docPath = join(ROOT, 'docs/benchmarks.md');
    const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n\nNumbers measured by `npm run bench` (scripts/dev/bench/), never by timed tests.\n';
    writeFileSync(docPath, `${replaceSection(doc, HEADING, body).trimEnd()}\n`);
    console.error('✓ Đã ghi kết quả vào docs/benchmarks.md (mục “Search”).');
  }
}
