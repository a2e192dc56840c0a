import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, newPhonePage, siteURL } from './support/browser.ts';

const KEY_PAGES = ['/', '/huong-dan/', '/giai-doan/', '/noi-dung-thi-dua/ha-tang/', '/van-ban/', '/van-ban/ke-hoach-763-kh-ubnd/', '/trach-nhiem/'];

afterAll(closeBrowser);

describe('pages in a real browser', () => {
  it.each(KEY_PAGES)('%s loads in Vietnamese with only same-origin requests and no console errors', async (path) => {
    const { context, page } = await newPhonePage();
    const origin = new URL(siteURL('/')).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
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
});
