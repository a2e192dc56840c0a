import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFromFile, startStaticServer } from '../../scripts/lib/static-server.ts';
import { BODY, buildInjectionSite, INJECTION_CASES, MARK, markupFromPayload } from '../support/injection-stories.ts';
import { closeBrowser, newPhonePage } from './support/browser.ts';
import { openSearchDialog, typeQuery } from './support/search.ts';

/**
 * The field-by-field injection stories (tests/support/injection-stories.ts), built without the
 * check and opened in Chromium under the site's own headers: what the reader's browser makes
 * of them, including what Pagefind's excerpts become once the search interface shows them.
 */
let server: Server;
let origin: string;
let context: BrowserContext;
let page: Page;
/** Every alert, confirm or prompt, and every request for the payloads' refresh target. */
const ran: string[] = [];

beforeAll(async () => {
  const dist = buildInjectionSite('browser-injection');
  server = await startStaticServer({ dir: dist, port: 0, headers: headersFromFile(dist) });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ({ context, page } = await newPhonePage());
  page.on('dialog', (dialog) => {
    ran.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url().includes(`/${MARK}/`) || request.url().endsWith('/x')) ran.push(`request ${request.url()}`);
  });
});

afterAll(async () => {
  await context?.close();
  await closeBrowser();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

/** The same inspection as the build test, run on the browser's own DOM. */
const markupInPage = (p: Page, selector = ':root') =>
  p.evaluate(
    ({ source, selector, mark }) => {
      const inspect = new Function(`return (${source})`)() as (document: Node, mark: string) => string[];
      return inspect(document.querySelector(selector)!, mark);
    },
    { source: markupFromPayload.toString(), selector, mark: MARK },
  );

const stories = INJECTION_CASES.filter((c) => c.field === 'title' || c.field === 'summary' || c.path === BODY);

describe('hostile stories in the browser', () => {
  it.each(stories.map((c) => [c.slug, c.field, c] as const))('%s (%s): nothing runs, redirects or is added to the page', async (_slug, _field, c) => {
    const url = `${origin}/cau-chuyen/${c.slug}/`;
    await page.goto(url, { waitUntil: 'load' });
    expect(page.url()).toBe(url);
    expect(await markupInPage(page)).toEqual([]);
    if (c.field === 'title') expect(await page.title()).toBe(`${c.payload} | Thi đua hạ tầng, tiết kiệm`);
    expect(ran).toEqual([]);
  });

  it('shows search results for the payloads as text', async () => {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await openSearchDialog(page);
    const { urls, excerpts } = await typeQuery(page, MARK);
    expect(urls.filter((u) => u.includes('/mau-tiem-')).length).toBeGreaterThanOrEqual(3);
    expect(excerpts.join('')).toContain('&lt;/title&gt;');
    expect(await markupInPage(page, 'dialog[data-search-dialog]')).toEqual([]);
    expect(ran).toEqual([]);
  });
});
