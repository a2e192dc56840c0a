/**
 * Measures search on a built site in Chromium, as a reader meets it: open the dialog, type a
 * query key by key, wait for the results. Bytes are what crossed the wire (brotli, as the static
 * server sends them); times run from the last keystroke to the rendered results.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../lib/static-server.ts';

export interface SearchMeasurement {
  pages: number;
  indexFiles: number;
  indexBytes: number;
  firstQueryBytes: number;
  firstQueryRequests: number;
  /** Bytes of the first query by kind of file (compressed as served, headers excluded). */
  firstQueryParts: Record<string, number>;
  firstQueryMs: number;
  warmMedianMs: number;
  warmMaxMs: number;
  /** Pagefind's own search() for the same later queries (warm, one pass, no UI): the floor. */
  rawMedianMs: number;
}

const PANEL = 'dialog[data-search-dialog] [data-search-panel]';

/**
 * Index files only (meta, word index, filters, fragments), not the Pagefind runtime. Pagefind
 * writes them already compressed, so this is also what they cost on the wire.
 */
export function indexSize(dir: string): { files: number; bytes: number } {
  const files = globSync('{*.pf_meta,index/*,filter/*,fragment/*}', { cwd: dir });
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) };
}

export async function measureSearch(siteDir: string, pages: number, warmQueries: string[], firstQuery: string): Promise<SearchMeasurement> {
  const size = indexSize(join(siteDir, 'pagefind'));
  const server = await startStaticServer({ dir: siteDir, port: 0 });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    // The service worker would precache the whole site in the background and be counted as search bytes.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, locale: 'vi-VN', serviceWorkers: 'block' });
    const page = await context.newPage();
    // Counted at the server, so requests made by Pagefind's web worker are included too.
    const sockets = new Set<Socket>();
    let requests = 0;
    server.on('connection', (socket: Socket) => sockets.add(socket));
    const paths: string[] = [];
    server.on('request', (request: { url?: string }) => {
      requests++;
      paths.push(new URL(request.url ?? '/', 'http://x').pathname);
      if (process.env.BENCH_DEBUG) console.error(`    GET ${request.url}`);
    });
    const sent = () => [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0);
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
    const bytesBefore = sent();
    const requestsBefore = requests;
    const pathsBefore = paths.length;
    await page.evaluate((panel) => {
      const root = document.querySelector(panel)!;
      const w = window as unknown as { __lastKey: number; __doneAt: number };
      document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
      new MutationObserver(() => {
        if (root.getAttribute('data-state') === 'done') w.__doneAt = performance.now();
      }).observe(root, { attributes: true, attributeFilter: ['data-state'] });
    }, PANEL);
    const typeAndTime = async (query: string): Promise<number> => {
      const input = page.locator(`${PANEL} [data-search-input]`);
      await input.fill('');
      await input.pressSequentially(query);
      await page.waitForFunction(
        ({ panel, query }) => {
          const root = document.querySelector(panel)!;
          return root.getAttribute('data-state') === 'done' && (root.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${query}”`);
        },
        { panel: PANEL, query },
        { timeout: 30_000 },
      );
      return page.evaluate(() => {
        const w = window as unknown as { __lastKey: number; __doneAt: number };
        return w.__doneAt - w.__lastKey;
      });
    };
    // Cold: the dialog opens (Pagefind starts loading) and the reader types at once.
    await page.click('button[data-open-modal]');
    const firstQueryMs = await typeAndTime(firstQuery);
    await page.waitForLoadState('networkidle');
    const firstQueryBytes = sent() - bytesBefore;
    const firstQueryRequests = requests - requestsBefore;
    const firstQueryParts = partsOf(siteDir, paths.slice(pathsBefore));
    const warm: number[] = [];
    for (const query of warmQueries) warm.push(await typeAndTime(query));
    warm.sort((a, b) => a - b);
    const raw = await page.evaluate(async (queries) => {
      const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
      const times: number[] = [];
      for (const query of queries) {
        const term = query.replace(/đ/g, 'ď').replace(/Đ/g, 'Ď');
        await pagefind.search(term);
        const start = performance.now();
        await pagefind.search(term);
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b);
    }, warmQueries);
    await context.close();
    return {
      pages,
      indexFiles: size.files,
      indexBytes: size.bytes,
      firstQueryBytes,
      firstQueryRequests,
      firstQueryParts,
      firstQueryMs,
      warmMedianMs: warm[Math.floor(warm.length / 2)]!,
      warmMaxMs: warm[warm.length - 1]!,
      rawMedianMs: raw[Math.floor(raw.length / 2)]!,
    };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
}

const KINDS: Array<[string, RegExp]> = [
  ['runtime', /\/(_search\/|pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.))/],
  ['meta', /\.pf_meta$/],
  ['index', /\.pf_index$/],
  ['filter', /\.pf_filter$/],
  ['fragment', /\.pf_fragment$/],
];

/** Bytes per kind of file for the given request paths, compressed as the static server sends them. */
function partsOf(siteDir: string, requested: string[]): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const path of requested) {
    const kind = KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
    const file = join(siteDir, path);
    if (!existsSync(file) || statSync(file).isDirectory()) continue;
    const data = readFileSync(file);
    const size = /\.(js|json)$/.test(path) ? brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : data.length;
    parts[kind] = (parts[kind] ?? 0) + size;
  }
  return parts;
}
