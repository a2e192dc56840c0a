import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, newPhonePage, siteURL } from './support/browser.ts';
import { builtPagePaths } from './support/site-pages.ts';

const PAGES = builtPagePaths().filter((path) => path !== '/404.html');

afterAll(closeBrowser);

/** Records every request the page makes that is not to the site's own origin (data: aside). */
function recordForeign(page: Page): string[] {
  const origin = new URL(siteURL('/')).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

describe('pages in a real browser', () => {
  it.each(PAGES)('%s loads in Vietnamese with only same-origin requests and no console errors', async (path) => {
    const { context, page } = await newPhonePage();
    const foreign = recordForeign(page);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto(siteURL(path), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a missing address answers 404 with the Vietnamese page, same-origin only', async () => {
    const { context, page } = await newPhonePage();
    const foreign = recordForeign(page);
    const response = await page.goto(siteURL('/khong-co-trang-nay/'), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('Không tìm thấy trang');
    expect(await page.getAttribute('main a[href$="/huong-dan/"]', 'href')).toBe('/huong-dan/');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('searching makes only same-origin requests', async () => {
    const { context, page } = await newPhonePage();
    const foreign = recordForeign(page);
    await page.goto(siteURL('/'), { waitUntil: 'load' });
    await page.click('button[data-open-modal]:not([disabled])');
    await page.locator('dialog[open] input').fill('tiết kiệm');
    await page.waitForSelector('dialog[open] a[href*="/"]', { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    await context.close();
  });
});
