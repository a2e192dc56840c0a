import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, newPhonePage, siteURL } from './support/browser.ts';

afterAll(closeBrowser);

/** The published site has no story: its story pages must still work for readers and editors. */
describe('story pages in a real browser', () => {
  it.each(['/cau-chuyen/', '/gui-cau-chuyen/'])('%s loads with only same-origin requests and no console errors', async (path) => {
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
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leads from the empty story list to the submission guide without JavaScript', async () => {
    const { context, page } = await newPhonePage({ javaScriptEnabled: false });
    await page.goto(siteURL('/cau-chuyen/'));
    await page.getByRole('link', { name: 'Xem cách gửi câu chuyện điển hình' }).click();
    await page.waitForURL(/\/gui-cau-chuyen\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Gửi câu chuyện điển hình');
    await context.close();
  });
});
