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

