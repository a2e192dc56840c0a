import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { closeBrowser, launch, newPhonePage, siteURL } from './support/browser.ts';
import { builtPagePaths } from './support/site-pages.ts';

const PAGES = builtPagePaths();

afterAll(closeBrowser);

describe('axe-core, WCAG 2.2 AA, on every built page', () => {
  it('finds the built pages', () => {
    expect(PAGES.length).toBeGreaterThan(10);
    expect(PAGES).toContain('/404.html');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`%s on a phone, ${colorScheme} theme: 0 violations`, async (path) => {
      const { context, page } = await newPhonePage({ colorScheme });
      await page.goto(siteURL(path), { waitUntil: 'load' });
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it.each(PAGES)('%s on a desktop (sidebar shown): 0 violations', async (path) => {
    const context = await (await launch()).newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(siteURL(path), { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('axe-core on the search dialog', () => {
  it('the open dialog with results has 0 violations', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL('/'), { waitUntil: 'load' });
    await page.click('button[data-open-modal]:not([disabled])');
    await page.locator('dialog[open] input').fill('tiết kiệm');
    await page.waitForSelector('dialog[open] a[href*="/"]', { timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('reflow at 200 % and 400 % zoom', () => {
  // A 1280 px window at 200 % zoom is 640 CSS px wide; at 400 % it is 320 (WCAG 1.4.10).
  for (const width of [640, 320]) {
    it.each(PAGES)(`%s has no horizontal scrolling at ${width} CSS px`, async (path) => {
      const context = await (await launch()).newContext({ viewport: { width, height: 720 }, locale: 'vi-VN' });
      const page = await context.newPage();
      await page.goto(siteURL(path), { waitUntil: 'load' });
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
      });
      expect(overflow.scrollWidth, `wider than the window: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.clientWidth);
      await context.close();
    });
  }
});
