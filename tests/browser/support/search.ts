import type { Page } from 'playwright-core';

/** What the reader sees after a search: the status line and the result links, in order. */
export interface SearchView {
  status: string;
  urls: string[];
  titles: string[];
  excerpts: string[];
}

const DIALOG_PANEL = 'dialog[data-search-dialog] [data-search-panel]';
export const PAGE_PANEL = '[data-search-page] [data-search-panel]';

/** Opens the header's search dialog with its button, as a reader would. */
export async function openSearchDialog(page: Page): Promise<void> {
  await page.click('button[data-open-modal]');
  await page.waitForSelector('dialog[data-search-dialog][open]');
}

/**
 * Types the query key by key into the panel's real search box and waits until the results for
 * exactly that text are shown.
 */
export async function typeQuery(page: Page, query: string, panel = DIALOG_PANEL): Promise<SearchView> {
  const input = page.locator(`${panel} [data-search-input]`);
  await input.fill('');
  await input.pressSequentially(query);
  return readResults(page, query, panel);
}

export async function readResults(page: Page, query: string, panel = PAGE_PANEL): Promise<SearchView> {
  await page.waitForFunction(
    ({ panel, query }) => {
      const root = document.querySelector(panel);
      const status = root?.querySelector('[data-search-status]')?.textContent ?? '';
      return root?.getAttribute('data-state') === 'done' && (query === '' || status.includes(`“${query.trim()}”`));
    },
    { panel, query },
    { timeout: 10_000 },
  );
  return page.evaluate((panel) => {
    const root = document.querySelector(panel)!;
    const items = [...root.querySelectorAll('.search-result')];
    return {
      status: root.querySelector('[data-search-status]')?.textContent ?? '',
      urls: items.map((li) => new URL(li.querySelector('a')!.href).pathname),
      titles: items.map((li) => li.querySelector('a')!.textContent ?? ''),
      excerpts: items.map((li) => li.querySelector('.search-result-excerpt')?.innerHTML ?? ''),
    };
  }, panel);
}

/** Searches with the header's dialog as a reader would and returns the result links (absolute). */
export async function searchDialogLinks(page: Page, query: string): Promise<string[]> {
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('dialog[open] input').first();
  await input.waitFor();
  await input.fill(query);
  const results = page.locator('dialog[open] .search-result a');
  await results.first().waitFor({ timeout: 20_000 });
  return results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}
