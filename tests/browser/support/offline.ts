import type { Page } from 'playwright-core';

/** Waits until the service worker has finished precaching and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

export async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

export async function cachedURLs(page: Page, name: string): Promise<string[]> {
  return page.evaluate(async (cacheName) => (await (await caches.open(cacheName)).keys()).map((request) => request.url), name);
}

/** Searches with the site's search dialog and returns the result links. */
export async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('button[data-open-modal]').first().click();
  const input = page.locator('dialog[open] input').first();
  await input.waitFor();
  await input.fill(query);
  const results = page.locator('dialog[open] .search-result a');
  await results.first().waitFor({ timeout: 20_000 });
  return results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}
