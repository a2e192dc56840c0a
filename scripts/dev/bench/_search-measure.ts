/**
 * Measures search on a built site in Chromium, as a reader meets it: open the dialog, type a
 * query key by key, wait for the results. Bytes are what crossed the wire (brotli, as the static
 * server sends them); times run from the last keystroke to the rendered results.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { servedSize, startStaticServer } from '../../lib/static-server.ts';

/** What one query cost: bytes and requests counted at the server, and keystroke → results. */
export interface QueryCost {
  query: string;
  bytes: number;
  requests: number;
  /** Bytes by kind of file (compressed as served, headers excluded). */
  parts: Record<string, number>;
  ms: number;
}

export interface SearchMeasurement {
  pages: number;
  indexFiles: number;
  indexBytes: number;
  /** Each first query in a fresh browser: nothing cached, the runtime is downloaded too. */
  cold: QueryCost[];
  /** The first of those queries on a later visit, with the service worker installed. */
  returning: QueryCost;
  warmMedianMs: number;
  warmMaxMs: number;
  /** Pagefind's own search() for the same later queries (warm, one pass, no UI): the floor. */
  rawMedianMs: number;
}

export interface QueryPlan {
  /** Queries each typed first in a fresh browser; the first one is also measured for a returning reader. */
  first: string[];
  /** Queries typed one after another once the first has answered. */
  later: string[];
}

const PANEL = 'dialog[data-search-dialog] [data-search-panel]';

/**
 * Time between keystrokes. A fast thumb on a phone; slower typing makes the same searches.
 * Typing at machine speed would hide the searches the dialog runs on the way ("co", "con"…),
 * and their bytes, and time the first query while Pagefind is still loading.
 */
export const KEY_DELAY_MS = 120;

/**
 * Index files only (meta, word index, filters, fragments), not the Pagefind runtime. Pagefind
 * writes them already compressed, so this is also what they cost on the wire.
 */
export function indexSize(dir: string): { files: number; bytes: number } {
  const files = globSync('{*.pf_meta,index/*,filter/*,fragment/*}', { cwd: dir });
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) };
}

/** Counts what the server sends: bytes on every socket, and the paths asked for. */
function countAtServer(server: import('node:http').Server) {
  const sockets = new Set<Socket>();
  const paths: string[] = [];
  server.on('connection', (socket: Socket) => sockets.add(socket));
  server.on('request', (request: { url?: string }) => {
    paths.push(new URL(request.url ?? '/', 'http://x').pathname);
    if (process.env.BENCH_DEBUG) console.error(`    GET ${request.url}`);
  });
  return {
    mark: () => ({ bytes: [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0), requests: paths.length }),
    pathsSince: (requests: number) => paths.slice(requests),
  };
}

async function watchPanel(page: Page): Promise<void> {
  await page.evaluate((panel) => {
    const root = document.querySelector(panel)!;
    const w = window as unknown as { __lastKey: number; __doneAt: number };
    document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
    new MutationObserver(() => {
      if (root.getAttribute('data-state') === 'done') w.__doneAt = performance.now();
    }).observe(root, { attributes: true, attributeFilter: ['data-state'] });
  }, PANEL);
}

/** Types the query into the open dialog; ms from the last keystroke to the rendered results. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  const input = page.locator(`${PANEL} [data-search-input]`);
  await input.fill('');
  await input.pressSequentially(query, { delay: KEY_DELAY_MS });
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
}

export async function measureSearch(siteDir: string, pages: number, plan: QueryPlan): Promise<SearchMeasurement> {
  const size = indexSize(join(siteDir, 'pagefind'));
  const server = await startStaticServer({ dir: siteDir, port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const counter = countAtServer(server);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });

  /** Opens the dialog on a loaded page and types the query; what that cost at the server. */
  const firstQuery = async (page: Page, query: string): Promise<QueryCost> => {
    await watchPanel(page);
    const before = counter.mark();
    await page.click('button[data-open-modal]');
    const ms = await typeAndTime(page, query);
    await page.waitForLoadState('networkidle');
    const after = counter.mark();
    return { query, bytes: after.bytes - before.bytes, requests: after.requests - before.requests, parts: partsOf(siteDir, counter.pathsSince(before.requests)), ms };
  };

  try {
    const cold: QueryCost[] = [];
    let warm: number[] = [];
    let raw: number[] = [];
    for (const [i, query] of plan.first.entries()) {
      // The service worker would precache the site in the background and be counted as search bytes.
      const context = await newContext(browser, false);
      const page = await context.newPage();
      await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
      cold.push(await firstQuery(page, query));
      if (i === 0) {
        for (const later of plan.later) warm.push(await typeAndTime(page, later));
        raw = await rawSearchTimes(page, origin, plan.later);
      }
      await context.close();
    }
    warm = warm.sort((a, b) => a - b);

    // A returning reader: the first visit installed the service worker (runtime precached).
    const context = await newContext(browser, true);
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload({ waitUntil: 'networkidle' });
    const returning = await firstQuery(page, plan.first[0]!);
    await context.close();

    return {
      pages,
      indexFiles: size.files,
      indexBytes: size.bytes,
      cold,
      returning,
      warmMedianMs: warm[Math.floor(warm.length / 2)]!,
      warmMaxMs: warm[warm.length - 1]!,
      rawMedianMs: raw[Math.floor(raw.length / 2)]!,
    };
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
}

function newContext(browser: Browser, serviceWorkers: boolean) {
  return browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    serviceWorkers: serviceWorkers ? 'allow' : 'block',
  });
}

/** One warm pagefind.search() per query, no UI: the floor any interface on Pagefind has. */
async function rawSearchTimes(page: Page, origin: string, queries: string[]): Promise<number[]> {
  const times = await page.evaluate(
    async ({ origin, queries }) => {
      const pagefind = await import(`${origin}/pagefind/pagefind.js`);
      const times: number[] = [];
      for (const query of queries) {
        const term = query.replace(/đ/g, 'ď').replace(/Đ/g, 'Ď');
        await pagefind.search(term);
        const start = performance.now();
        await pagefind.search(term);
        times.push(performance.now() - start);
      }
      return times;
    },
    { origin, queries },
  );
  return times.sort((a, b) => a - b);
}

/**
 * The same first query on stock Pagefind: `stockDir` holds Pagefind's own index of the same pages
 * (no đ mapping) under pagefind/ and a bare page. The query is typed key by key as Pagefind's
 * default UI handles input: debouncedSearch (300 ms, preloading the index chunks of every prefix
 * on the way) and the texts of the first five results. Bytes as counted for ours.
 */
export async function measureStockFirstQuery(stockDir: string, query: string): Promise<QueryCost> {
  const server = await startStaticServer({ dir: stockDir, port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const counter = countAtServer(server);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const context = await newContext(browser, false);
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    const before = counter.mark();
    const ms = await page.evaluate(
      async ({ origin, query, delay }) => {
        const pagefind = await import(`${origin}/pagefind/pagefind.js`);
        await pagefind.options({ baseUrl: '/' });
        let last: Promise<{ results: Array<{ data: () => Promise<unknown> }> } | null> = Promise.resolve(null);
        let lastKey = 0;
        for (let i = 1; i <= query.length; i++) {
          lastKey = performance.now();
          last = pagefind.debouncedSearch(query.slice(0, i), {}, 300);
          if (i < query.length) await new Promise((done) => setTimeout(done, delay));
        }
        const response = await last;
        await Promise.all((response?.results ?? []).slice(0, 5).map((result) => result.data()));
        return performance.now() - lastKey;
      },
      { origin, query, delay: KEY_DELAY_MS },
    );
    await page.waitForLoadState('networkidle');
    const after = counter.mark();
    await context.close();
    return { query, bytes: after.bytes - before.bytes, requests: after.requests - before.requests, parts: partsOf(stockDir, counter.pathsSince(before.requests)), ms };
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
    parts[kind] = (parts[kind] ?? 0) + servedSize(path, readFileSync(file));
  }
  return parts;
}
