import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launch, newPhonePage, siteURL } from './support/browser.ts';

afterAll(closeBrowser);

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), text: el?.textContent?.trim() ?? '', href: el?.getAttribute('href') ?? null, visible: !!el && el.getBoundingClientRect().width > 0 };
  });

describe('keyboard only', () => {
  it('the first Tab reaches the skip link, and it moves focus to the content', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL('/huong-dan/'), { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.href).toBe('#_top');
    expect(first.visible).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#_top');
    await context.close();
  });

  it('opens the phone menu, reaches its links and follows one', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL('/huong-dan/'), { waitUntil: 'load' });
    await tabTo(page, 'button.sl-menu-button');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector('#starlight__sidebar')?.matches(':popover-open'))).toBe(true);
    await tabTo(page, '#starlight__sidebar a[href$="/giai-doan/"]', 15);
    expect((await focused(page)).visible).toBe(true);
    await Promise.all([page.waitForURL(/\/giai-doan\/$/), page.keyboard.press('Enter')]);
    await context.close();
  });

  it('closes the phone menu with Escape', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL('/giai-doan/'), { waitUntil: 'load' });
    await tabTo(page, 'button.sl-menu-button');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('#starlight__sidebar')?.matches(':popover-open'))).toBe(false);
    await context.close();
  });

  for (const [label, open] of [
    ['a phone', newPhonePage],
    ['a desktop', async () => {
      const context = await (await launch()).newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
      return { context, page: await context.newPage() };
    }],
  ] as const) {
    it(`opens search from the keyboard on ${label}, types into it, and Escape returns focus to the button`, async () => {
      const { context, page } = await open();
      await page.goto(siteURL('/'), { waitUntil: 'load' });
      await page.waitForSelector('button[data-open-modal]:not([disabled])');
      await tabTo(page, 'button[data-open-modal]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog[open] input', { state: 'visible' });
      await page.waitForFunction(() => document.activeElement?.closest('dialog[open]') !== null);
      await page.keyboard.type('tiết kiệm');
      await page.waitForSelector('dialog[open] a[href*="/"]', { timeout: 15_000 });
      await page.keyboard.press('Escape');
      await page.waitForSelector('dialog[open]', { state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.matches('button[data-open-modal]'))).toBe(true);
      await context.close();
    });
  }
});
