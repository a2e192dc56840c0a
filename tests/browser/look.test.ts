import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, newPhonePage, siteURL, launch } from './support/browser.ts';

afterAll(closeBrowser);

/** A small phone, the narrowest the issue names. */
const PHONE = { width: 360, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
/** Pages whose controls are checked: the home page (no sidebar), a long page with the menu, the poster. */
const PAGES = ['/', '/huong-dan/', '/ap-phich/'];

/**
 * Every visible labelled control whose text the page cuts: an element that clips its own text
 * (scrollWidth beyond clientWidth), a control that reaches past an ancestor that clips
 * (overflow other than visible, like Starlight's header title wrapper), or a select whose chosen
 * option is wider than the room inside it (a select never reports its text's width).
 */
function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const context = document.createElement('canvas').getContext('2d')!;
    const problems: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a, button, select, summary, label, .site-title')) {
      if (!visible(el) || el.closest('.sr-only')) continue;
      const style = getComputedStyle(el);
      if (el instanceof HTMLSelectElement) {
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = el.selectedOptions[0]?.textContent ?? '';
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (context.measureText(text).width > room + 0.5) problems.push(`${describe(el)}: “${text}” needs ${Math.ceil(context.measureText(text).width)} px, has ${Math.floor(room)} px`);
        continue;
      }
      // The control, or a box inside it (Starlight's site title clips in an inner <span>).
      const clipping = [el, ...el.querySelectorAll<HTMLElement>('*')].find((box) => {
        const boxStyle = getComputedStyle(box);
        // A 1 px box is text for screen readers only (Starlight's sr-only), hidden on purpose.
        return boxStyle.display !== 'inline' && boxStyle.overflowX !== 'visible' && box.clientWidth > 1 && box.scrollWidth > box.clientWidth + 1;
      });
      if (clipping) {
        problems.push(`${describe(el)}: clipped by ${clipping === el ? 'itself' : describe(clipping)} (${clipping.scrollWidth} > ${clipping.clientWidth} px)`);
        continue;
      }
      const rect = el.getBoundingClientRect();
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflowX === 'visible') continue;
        const box = up.getBoundingClientRect();
        if (rect.right > box.right + 1 || rect.left < box.left - 1) problems.push(`${describe(el)}: cut by ${describe(up)}`);
        break;
      }
    }
    return problems;
  });
}

describe('the look at 360 px', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`cuts no control label, ${colorScheme} theme, menu closed and open (and on a desktop, where the theme picker is in the header)`, async () => {
      const desktop = await (await launch()).newContext({ viewport: DESKTOP, colorScheme });
      const wide = await desktop.newPage();
      await wide.goto(siteURL('/huong-dan/'));
      const problems = (await cutLabels(wide)).map((p) => `/huong-dan/ (1280 px) ${p}`);
      await desktop.close();
      const { context, page } = await newPhonePage({ viewport: PHONE, colorScheme });
      for (const path of PAGES) {
        await page.goto(siteURL(path));
        problems.push(...(await cutLabels(page)).map((p) => `${path} ${p}`));
        // The theme picker lives in the phone menu, on pages with a sidebar.
        const menu = page.locator('starlight-menu-button button');
        if (await menu.count()) {
          await menu.click();
          await page.locator('starlight-theme-select select').first().waitFor({ state: 'visible' });
          problems.push(...(await cutLabels(page)).map((p) => `${path} (menu open) ${p}`));
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  }

  it('fits the campaign band, with its heading, years, phase and button, in the first screen', async () => {
    const { context, page } = await newPhonePage({ viewport: PHONE });
    await page.goto(siteURL('/'));
    const band = await page.locator('[data-campaign-band]').boundingBox();
    const phase = await page.locator('[data-campaign-band] [data-campaign-phase]').boundingBox();
    await context.close();
    expect(band, 'the band').not.toBeNull();
    expect(phase, 'the phase').not.toBeNull();
    expect(band!.y + band!.height).toBeLessThanOrEqual(PHONE.height);
    expect(band!.x).toBeGreaterThanOrEqual(0);
    expect(band!.x + band!.width).toBeLessThanOrEqual(PHONE.width);
  });
});

describe('cards', () => {
  it('line up side by side on a desktop: same top, same height', async () => {
    const context = await (await launch()).newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(siteURL('/'));
    const boxes = await page.locator('main .cards > .card').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().toJSON() as DOMRect));
    await context.close();
    expect(boxes).toHaveLength(2);
    expect(boxes[1]!.left, 'side by side').toBeGreaterThan(boxes[0]!.right);
    expect(boxes[1]!.top).toBeCloseTo(boxes[0]!.top, 0);
    expect(boxes[1]!.height).toBeCloseTo(boxes[0]!.height, 0);
  });
});
