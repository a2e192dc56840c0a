import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFromFile, startStaticServer } from '../../scripts/lib/static-server.ts';
import { canonicalOf, QR_FILE } from '../../src/lib/share/qr.ts';
import { SITE_ROWS } from '../../src/lib/site-map.ts';
import { walkSite } from '../support/link-walker.ts';
import { NODE, ROOT, TEST_BUILD_DATE } from '../support/paths.ts';
import { decodeQrSvg } from '../support/qr-decode.ts';
import { closeBrowser, launch } from './support/browser.ts';
import { watchPolicyViolations } from './support/csp.ts';
import { searchDialogLinks } from './support/search.ts';

/** A GitHub Pages project site lives under /<repository>/: the same build must work there. */
const BASE = '/thi-dua/';
const SITE = 'https://example.org';
const DIR = fileURLToPath(new URL('../.tmp/subpath-site/', import.meta.url));

let server: Server;
let origin: string;

beforeAll(async () => {
  const build = spawnSync(NODE, ['scripts/build.ts', '--out', DIR], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE, BASE_PATH: BASE, SITE_URL: SITE },
  });
  if (build.status !== 0) throw new Error(`Sub-path build failed:\n${build.stdout}\n${build.stderr}`);
  server = await startStaticServer({ dir: DIR, port: 0, base: BASE, headers: headersFromFile(DIR) });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closeBrowser();
  await new Promise<void>((done) => server?.close(() => done()));
});

describe(`a build for the sub-path ${BASE}`, () => {
  it('has zero broken links, assets or fragments, and nothing outside the sub-path', async () => {
    const sitemap = readFileSync(`${DIR}sitemap-0.xml`, 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!));
    expect(listed.length).toBeGreaterThan(10);
    for (const url of listed) expect(url.href.startsWith(`${SITE}${BASE}`)).toBe(true);

    // Pages link the manifest from their load script, so the walker starts from it too.
    const result = await walkSite([`${origin}${BASE}`, ...listed.map((url) => `${origin}${url.pathname}`), `${origin}${BASE}manifest.webmanifest`], { base: BASE });
    expect(result.problems).toEqual([]);
    // Applications (the editors' workspace) are linked from reading pages but kept out of the sitemap.
    expect(result.pages.length).toBe(listed.length + SITE_ROWS.filter((row) => row.app).length);
    expect(result.checked).toBeGreaterThan(result.pages.length);
  });

  it('is not served at the domain root', async () => {
    expect((await fetch(`${origin}/huong-dan/`)).status).toBe(404);
  });

  it('searches, registers its service worker for the sub-path, with zero policy violations', async () => {
    const context = await (await launch()).newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const violations = await watchPolicyViolations(page);
    await page.goto(`${origin}${BASE}huong-dan/`, { waitUntil: 'networkidle' });

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${origin}${BASE}`);

    const hrefs = await searchDialogLinks(page, 'tiết kiệm');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href.startsWith(`${origin}${BASE}`)).toBe(true);
      expect((await fetch(href)).status).toBe(200);
    }
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('gives every page a QR code of its canonical URL under the sub-path, and the poster one of the home page', async () => {
    for (const path of ['', 'huong-dan/', 'van-ban/ke-hoach-763-kh-ubnd/']) {
      const html = await (await fetch(`${origin}${BASE}${path}`)).text();
      expect(canonicalOf(html)).toBe(`${SITE}${BASE}${path}`);
      const qr = await fetch(`${origin}${BASE}${path}${QR_FILE}`);
      expect(qr.status).toBe(200);
      expect(await decodeQrSvg(Buffer.from(await qr.arrayBuffer()))).toBe(`${SITE}${BASE}${path}`);
    }
    const poster = await (await fetch(`${origin}${BASE}ap-phich/`)).text();
    expect(poster).toContain(`<img src="${BASE}${QR_FILE}"`);
  });
});
