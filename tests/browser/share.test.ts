import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/lib/i18n/ui.ts';
import { QR_FILE } from '../../src/lib/share/qr.ts';
import { axeViolations } from './support/axe.ts';
import { closeBrowser, launch, newPhonePage, siteURL } from './support/browser.ts';
import { watchPolicyViolations } from './support/csp.ts';

afterAll(closeBrowser);

const PAGE = '/huong-dan/';
const canonical = (page: Page) => page.getAttribute('link[rel="canonical"]', 'href');

/** Opens the control with the keyboard alone: focus on its summary, then Enter. */
async function openWithKeyboard(page: Page): Promise<void> {
  await page.focus('details[data-share] summary');
  await page.keyboard.press('Enter');
  expect(await page.getAttribute('details[data-share]', 'open')).not.toBeNull();
}

/** Tabs forward until the focused element matches, as a keyboard user would reach it. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the "Chia sẻ" control in Chromium', () => {
  it('fetches no QR code until the reader opens it, then shows the page\'s own', async () => {
    const { context, page } = await newPhonePage();
    const qrRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith(QR_FILE)) qrRequests.push(new URL(request.url()).pathname);
    });
    const violations = await watchPolicyViolations(page);
    await page.goto(siteURL(PAGE), { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(qrRequests).toEqual([]);

    const loaded = page.waitForResponse((response) => response.url().endsWith(QR_FILE));
    await page.click('details[data-share] summary');
    expect((await loaded).status()).toBe(200);
    expect(qrRequests).toEqual([`${PAGE}${QR_FILE}`]);
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('details[data-share] img')?.naturalWidth ?? 0) > 0);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('copies the canonical URL with the keyboard and says so', async () => {
    const context = await (await launch()).newContext({ locale: 'vi-VN', permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(siteURL(PAGE), { waitUntil: 'load' });
    await openWithKeyboard(page);
    await tabTo(page, 'button[data-share-copy]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('[data-share-status]')).toBe(ui.share.script.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonical(page));
    await context.close();
  });

  for (const [refusal, clipboard] of [
    ['refuses', `{ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }`],
    ['is missing', 'undefined'],
  ] as const) {
    it(`selects the URL for copying by hand when the clipboard ${refusal}`, async () => {
      const context = await (await launch()).newContext({ locale: 'vi-VN' });
      await context.addInitScript(`Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ${clipboard} });`);
      const page = await context.newPage();
      await page.goto(siteURL(PAGE), { waitUntil: 'load' });
      await page.click('details[data-share] summary');
      await page.click('button[data-share-copy]');
      await expect.poll(() => page.textContent('[data-share-status]')).toBe(ui.share.script.copyFailed);
      const selection = await page.evaluate(() => {
        const field = document.activeElement as HTMLInputElement;
        return { focused: field.matches('[data-share-url]'), selected: field.value.slice(field.selectionStart!, field.selectionEnd!) };
      });
      expect(selection).toEqual({ focused: true, selected: await canonical(page) });
      await context.close();
    });
  }

  it('offers the system share sheet only where the browser has one, with the canonical URL', async () => {
    const shareButton = 'button[data-share-native]';
    const open = async (context: BrowserContext) => {
      const page = await context.newPage();
      await page.goto(siteURL(PAGE), { waitUntil: 'load' });
      await page.click('details[data-share] summary');
      return page;
    };
    const without = await (await launch()).newContext({ locale: 'vi-VN' });
    await without.addInitScript('delete Navigator.prototype.share;');
    expect(await (await open(without)).isVisible(shareButton)).toBe(false);
    await without.close();

    const withShare = await (await launch()).newContext({ locale: 'vi-VN' });
    await withShare.addInitScript(`Navigator.prototype.share = function (data) { window.__shared = data; return Promise.resolve(); };`);
    const page = await open(withShare);
    await page.click(shareButton);
    expect(await page.evaluate(() => (window as unknown as { __shared: { url: string } }).__shared.url)).toBe(await canonical(page));
    await withShare.close();
  });

  it('open, on a phone, has 0 axe violations', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL(PAGE), { waitUntil: 'load' });
    await page.click('details[data-share] summary');
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('details[data-share] img')?.complete);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the poster /ap-phich/', () => {
  it('prints on exactly one A4 page, in black and white', async () => {
    const context = await (await launch()).newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(siteURL('/ap-phich/'), { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(() => {
      const seen = new Set<string>();
      for (const el of document.querySelectorAll('body *')) {
        const style = getComputedStyle(el);
        if (style.display === 'none' || !el.closest('.poster')) continue;
        seen.add(style.color);
        if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') seen.add(style.backgroundColor);
      }
      return [...seen].sort();
    });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    // Every page object of the PDF, not the /Pages tree node.
    expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length).toBe(1);
    await context.close();
  });
});
