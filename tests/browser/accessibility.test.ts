import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launch, newPhonePage, siteURL } from './support/browser.ts';
import { builtPagePaths } from './support/site-pages.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules the site must pass. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PAGES = builtPagePaths();

/**
 * Violations in code this project does not own yet, allowed one element at a time until that
 * code changes. Everything else, including the same rule on any other element, fails.
 */
const KNOWN: Array<{ rule: string; target: string; reason: string }> = [];

afterAll(closeBrowser);

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the site's CSP (rightly) does not allow inline.
  await page.evaluate(AXE_SOURCE);
  const violations: Violation[] = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; help: string; nodes: Array<{ target: string[] }> }) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_AA);
  return violations
    .map((v) => ({ ...v, targets: v.targets.filter((t) => !KNOWN.some((k) => k.rule === v.id && k.target === t)) }))
    .filter((v) => v.targets.length > 0)
    .map((v) => `${v.id}: ${v.help} — ${v.targets.join(', ')}`);
}

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
