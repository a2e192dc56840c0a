import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/output/service-worker.ts';
import { headersFromFile, startStaticServer } from '../../scripts/lib/static-server.ts';
import { closeBrowser, newPhonePage, siteURL } from './support/browser.ts';
import { BROWSER_SITE_DIR } from './support/paths.ts';
import { cachedURLs, cacheNames, waitForServiceWorker } from './support/offline.ts';
import { searchDialogLinks as search } from './support/search.ts';

afterAll(closeBrowser);

const PRECACHED_PAGES = ['/', '/huong-dan/', '/giai-doan/', '/noi-dung-thi-dua/ha-tang/', '/van-ban/ke-hoach-763-kh-ubnd/', '/trach-nhiem/'];

describe('the web app manifest', () => {
  it('is linked once the content has painted, and the link works', async () => {
    const { context, page } = await newPhonePage();
    // When the link appears, and when the content's largest paints were, on the page's clock.
    await page.addInitScript(() => {
      const seen: { linked?: number; paints: number[] } = { paints: [] };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        if (seen.linked === undefined && document.querySelector('link[rel="manifest"]')) seen.linked = performance.now();
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { element?: Element | null }>) if (entry.element?.closest('main')) seen.paints.push(entry.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(siteURL('/huong-dan/'));
    const link = page.locator('link[rel="manifest"]');
    await link.waitFor({ state: 'attached' });
    const manifest = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(manifest.headers()['content-type']).toContain('application/manifest+json');
    expect(((await manifest.json()) as { lang: string }).lang).toBe('vi');
    const seen = await page.evaluate(() => (window as unknown as { __seen: { linked?: number; paints: number[] } }).__seen);
    await context.close();
    expect(seen.paints.length, 'a largest paint in <main>').toBeGreaterThan(0);
    expect(seen.linked).toBeGreaterThan(seen.paints[0]!);
  });
});

describe('offline reading after one visit', () => {
  it('reads the precached pages, searches, and shows the Vietnamese offline page for the rest', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL('/'));
    await waitForServiceWorker(page);
    await context.setOffline(true);

    for (const path of PRECACHED_PAGES) {
      const response = await page.goto(siteURL(path));
      expect(response?.status(), path).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await page.locator('main h1').first().textContent()).not.toBe('Không có kết nối mạng');
      // Styles come from the cache too.
      expect(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--sl-color-text').trim())).not.toBe('');
    }

    await page.goto(siteURL('/huong-dan/'));
    const results = await search(page, 'tiết kiệm');
    expect(results.length).toBeGreaterThan(0);
    // A result opens offline as well.
    await page.goto(results[0]!);
    expect(await page.locator('main h1').first().textContent()).not.toBe('Không có kết nối mạng');

    const response = await page.goto(siteURL('/trang-chua-luu/'));
    expect(response?.status()).toBe(200);
    expect(await page.locator('main h1').first().textContent()).toBe('Không có kết nối mạng');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await context.close();
  });

  it('leaves online answers alone: a missing page is still the real 404 page', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL('/'));
    await waitForServiceWorker(page);
    // Online, a missing page is the real 404 page, not the offline page.
    const response = await page.goto(siteURL('/trang-khong-ton-tai/'));
    expect(response?.status()).toBe(404);
    await context.close();
  });
});

/**
 * A copy of the built site in tests/.tmp/<name>/, changed by `prepare` and served with its own
 * headers, so a test can deploy into it. Closed after the describe block.
 */
function servedCopy(name: string, prepare: (dir: string) => void) {
  const copy = { dir: fileURLToPath(new URL(`../.tmp/${name}/`, import.meta.url)), origin: '', server: undefined as unknown as Server };
  beforeAll(async () => {
    rmSync(copy.dir, { recursive: true, force: true });
    cpSync(BROWSER_SITE_DIR, copy.dir, { recursive: true });
    prepare(copy.dir);
    copy.server = await startStaticServer({ dir: copy.dir, port: 0, headers: headersFromFile(copy.dir) });
    copy.origin = `http://127.0.0.1:${(copy.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => copy.server.close(() => done())));
  return copy;
}

describe('a deploy and visited stories', () => {
  const site = servedCopy('offline-site', (dir) => {
    // Fictional stories, outside the precache, like the ones editors add.
    const template = readFileSync(join(dir, 'gioi-thieu/index.html'), 'utf8');
    for (let i = 1; i <= 32; i++) {
      mkdirSync(join(dir, `cau-chuyen/mau-${i}`), { recursive: true });
      writeFileSync(join(dir, `cau-chuyen/mau-${i}/index.html`), template.replace(/<h1([^>]*)>[^<]*<\/h1>/, `<h1$1>Công đoàn cơ sở Mẫu ${i}</h1>`));
    }
  });

  it('keeps stories as they are read, at most 30, dropping the least recently read', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(`${site.origin}/`);
    await waitForServiceWorker(page);
    for (let i = 1; i <= 32; i++) {
      await page.goto(`${site.origin}/cau-chuyen/mau-${i}/`);
      // Read the second one again: it becomes the most recently used.
      if (i === 31) await page.goto(`${site.origin}/cau-chuyen/mau-2/`);
    }
    const name = (await cacheNames(page)).find((cache) => cache.includes('-pages-'))!;
    const kept = await cachedURLs(page, name);
    expect(kept).toHaveLength(30);
    expect(kept).not.toContain(`${site.origin}/cau-chuyen/mau-1/`);
    expect(kept).not.toContain(`${site.origin}/cau-chuyen/mau-3/`);
    expect(kept).toContain(`${site.origin}/cau-chuyen/mau-2/`);

    await context.setOffline(true);
    await page.goto(`${site.origin}/cau-chuyen/mau-32/`);
    expect(await page.locator('main h1').first().textContent()).toBe('Công đoàn cơ sở Mẫu 32');
    await page.goto(`${site.origin}/cau-chuyen/mau-1/`);
    expect(await page.locator('main h1').first().textContent()).toBe('Không có kết nối mạng');
    await context.close();
  });

  it('replaces the cache with a new deploy without trapping the reader on the old version', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(`${site.origin}/`);
    await waitForServiceWorker(page);
    const before = (await cacheNames(page)).filter((name) => name.includes('-precache-'));
    expect(before).toHaveLength(1);

    // What the new service worker downloads to precache (it bypasses the HTTP cache).
    const precacheFetches: string[] = [];
    site.server.on('request', (request: { url?: string; headers: Record<string, string | undefined> }) => {
      const path = new URL(request.url ?? '/', site.origin).pathname;
      if (request.headers.pragma === 'no-cache' && path !== '/sw.js') precacheFetches.push(path);
    });

    // Deploy: one page changes, and the service-worker step writes a new sw.js.
    const file = join(site.dir, 'huong-dan/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p id="ban-moi">Bản cập nhật thử nghiệm</p></main>'));
    const { version } = writeServiceWorker(site.dir, '/');
    expect(before[0]).not.toContain(version);

    // Online, the reader sees the new page at once (pages are network first)…
    await page.goto(`${site.origin}/huong-dan/`);
    expect(await page.locator('#ban-moi').count()).toBe(1);
    // …and that visit fetched the new worker, which replaces the old cache.
    await expect
      .poll(async () => (await cacheNames(page)).filter((name) => name.includes('-precache-')), { timeout: 20_000 })
      .toEqual([`thi-dua-precache-${version}`]);
    // Only the changed page was downloaded again; the other files came from the old cache.
    expect(precacheFetches).toEqual(['/huong-dan/']);

    await context.setOffline(true);
    await page.goto(`${site.origin}/huong-dan/`);
    expect(await page.locator('#ban-moi').count()).toBe(1);
    await context.close();
  });
});

/** With thousands of stories the index outgrows the precache budget (src/lib/offline/precache.ts). */
describe('a search index too big to precache', () => {
  // The real index is ~50 KB; a budget of 0 makes the service worker treat it as too big.
  const site = servedCopy('offline-big-index', (dir) => writeServiceWorker(dir, '/', 0));

  it('precaches only the search runtime, then keeps what searches fetched and searches offline with it', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(`${site.origin}/`);
    await waitForServiceWorker(page);
    const names = await cacheNames(page);
    // Precached files are stored under their URL and revision (?v=…).
    const precached = (await cachedURLs(page, names.find((name) => name.includes('-precache-'))!)).map((url) => url.replace(/\?.*$/, ''));
    expect(precached).toContain(`${site.origin}/pagefind/pagefind.js`);
    expect(precached.some((url) => url.includes('.pf_meta'))).toBe(true);
    expect(precached.filter((url) => /\/pagefind\/(index|fragment|filter)\//.test(url))).toEqual([]);

    const online = await search(page, 'tiết kiệm');
    expect(online.length).toBeGreaterThan(0);
    // The worker stores them after answering, so give it a moment.
    const kinds = async () => {
      const searchCache = (await cacheNames(page)).find((name) => name.includes('-search-'));
      const kept = searchCache ? await cachedURLs(page, searchCache) : [];
      return ['index', 'fragment'].filter((kind) => kept.some((url) => url.includes(`/pagefind/${kind}/`)));
    };
    await expect.poll(kinds, { timeout: 10_000 }).toEqual(['index', 'fragment']);

    await context.setOffline(true);
    await page.goto(`${site.origin}/`);
    expect(await search(page, 'tiết kiệm')).toEqual(online);
    await context.close();
  });
});
