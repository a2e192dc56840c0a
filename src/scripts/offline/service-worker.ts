/**
 * The site's service worker, bundled into sw.js by src/integrations/output/service-worker.ts,
 * which puts the constants below in front of it for each build (VERSION, BASE, PRECACHE as
 * [URL, revision] pairs, the revision a hash of the file's bytes, OFFLINE_URL and APPS), so every
 * deploy ships a different sw.js and the browser installs it on the reader's next visit.
 */

declare const VERSION: string;
declare const BASE: string;
declare const PRECACHE: ReadonlyArray<readonly [url: string, revision: string]>;
declare const OFFLINE_URL: string;
declare const APPS: readonly string[];

// The service-worker types live in TypeScript's "webworker" library, which cannot be loaded
// beside the "dom" one the rest of src/ uses; these are the parts this worker touches.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const worker = self as unknown as ServiceWorkerScope;

const PREFIX = 'thi-dua-';
const PRECACHE_NAME = `${PREFIX}precache-${VERSION}`;
// Pages and files outside the precache (stories) are kept as they are read, least recently
// used first out, and dropped with the version so no page outlives the styles it was built with.
const PAGES_NAME = `${PREFIX}pages-${VERSION}`;
const ASSETS_NAME = `${PREFIX}assets-${VERSION}`;
// Search index files a reader's searches fetched, when the index is too big to precache
// (src/lib/offline/precache.ts). Their names change with their bytes, so a kept one is never stale.
const SEARCH_NAME = `${PREFIX}search-${VERSION}`;
const SEARCH_FILE = /\/pagefind\/(index|fragment|filter)\/[^/]+$/;
const PAGES_LIMIT = 30;
const ASSETS_LIMIT = 60;
const SEARCH_LIMIT = 300;
// On a weak signal the cached copy is shown after this long; the network answer still refreshes it.
const NETWORK_TIMEOUT_MS = 4000;
const precached = new Set(PRECACHE.map(([url]) => new URL(url, worker.location.origin).href));

/**
 * A precached file is stored under its URL plus its revision, so the next version can tell
 * whether it already has the same bytes. Lookups ignore the query and find it by URL alone.
 */
function precacheKey(url: string, revision: string): string {
  return `${new URL(url, worker.location.origin).href}?v=${revision}`;
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE_NAME);
      const older = (await caches.keys()).filter((name) => name.startsWith(`${PREFIX}precache-`) && name !== PRECACHE_NAME);
      // A deploy usually changes a few files: the others are copied from the version the reader
      // has instead of downloaded again, which matters on a metered phone plan.
      await Promise.all(
        PRECACHE.map(async ([url, revision]) => {
          const key = precacheKey(url, revision);
          if (await cache.match(key)) return;
          for (const name of older) {
            const kept = await (await caches.open(name)).match(key);
            if (kept) return cache.put(key, kept);
          }
          // 'reload' bypasses the HTTP cache so a new version never stores an old file.
          const response = await fetch(new Request(url, { cache: 'reload' }));
          if (!response.ok) throw new Error(`Precaching ${url} failed: ${response.status}`);
          return cache.put(key, response);
        }),
      );
      // Take over at once: readers are never left on an old version until every tab closes.
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set([PRECACHE_NAME, PAGES_NAME, ASSETS_NAME, SEARCH_NAME]);
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && !current.has(name)) await caches.delete(name);
      }
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin || !url.pathname.startsWith(BASE)) return;
  if (APPS.some((path) => url.pathname.startsWith(path))) return;
  event.respondWith(request.mode === 'navigate' ? navigate(event, url) : asset(event, url));
});

/** Network first (fresh pages when online), then the cache, then the offline page. */
async function navigate(event: FetchEvent, url: URL): Promise<Response> {
  const key = pageKey(url);
  const network = fetch(event.request).then(async (response) => {
    if (response.ok && response.type === 'basic' && !precached.has(key)) {
      await remember(PAGES_NAME, PAGES_LIMIT, key, response.clone());
    }
    return response;
  });
  // The network answer may land after we served the cache; let it finish refreshing.
  event.waitUntil(network.catch(() => undefined));
  try {
    return await withTimeout(network, NETWORK_TIMEOUT_MS);
  } catch {
    const cached = (await cachedPage(key)) ?? (url.pathname.endsWith('/') ? undefined : await cachedPage(`${key}/`));
    if (cached) return cached;
    try {
      return await network;
    } catch {
      return (
        (await caches.match(new URL(OFFLINE_URL, worker.location.origin).href, { cacheName: PRECACHE_NAME, ignoreSearch: true })) ??
        Response.error()
      );
    }
  }
}

/**
 * Precached files never change within a version, nor do search index files (hashed names):
 * cache first. Others: network, then what was kept.
 */
async function asset(event: FetchEvent, url: URL): Promise<Response> {
  // Pagefind adds ?ts=… to its entry file; the precached copy matches this version's index.
  const pre = await caches.match(url.href, { cacheName: PRECACHE_NAME, ignoreSearch: true });
  if (pre) return pre;
  const search = SEARCH_FILE.test(url.pathname);
  if (search) {
    const kept = await touch(SEARCH_NAME, url.href);
    if (kept) return kept;
  }
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === 'basic') {
      const [name, limit] = search ? [SEARCH_NAME, SEARCH_LIMIT] : [ASSETS_NAME, ASSETS_LIMIT];
      event.waitUntil(remember(name, limit, url.href, response.clone()));
    }
    return response;
  } catch (error) {
    const kept = await touch(search ? SEARCH_NAME : ASSETS_NAME, url.href);
    if (kept) return kept;
    throw error;
  }
}

function pageKey(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

async function cachedPage(key: string): Promise<Response | undefined> {
  return (await caches.match(key, { cacheName: PRECACHE_NAME, ignoreSearch: true })) ?? (await touch(PAGES_NAME, key));
}

/** A kept response, moved to the most recently used end. */
async function touch(cacheName: string, key: string): Promise<Response | undefined> {
  const cache = await caches.open(cacheName);
  const response = await cache.match(key, { ignoreSearch: true });
  if (!response) return undefined;
  await cache.delete(key, { ignoreSearch: true });
  await cache.put(key, response.clone());
  return response;
}

async function remember(cacheName: string, limit: number, key: string, response: Response): Promise<void> {
  const cache = await caches.open(cacheName);
  await cache.delete(key);
  await cache.put(key, response);
  // keys() lists in insertion order, so the first ones are the least recently used.
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - limit))) await cache.delete(old);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export {};
