/**
 * What the service worker stores at install: the reference pages a member needs in a commune
 * without signal, what those pages load, and what Pagefind needs to search offline. Stories
 * are left out on purpose: they grow without bound, so they are cached only as they are read.
 */
import { createHash } from 'node:crypto';
import { withBase } from '../base-path.ts';
import { SITE_MAP, siteRowOf } from '../site-map.ts';

/** The page shown for a page that is neither online nor cached. */
export const OFFLINE_PAGE = SITE_MAP.offline.path;

/** Pagefind files every search needs whatever UI loads it (the UI bundles are added when referenced). */
const PAGEFIND_RUNTIME = [
  /^pagefind\/pagefind\.js$/,
  /^pagefind\/pagefind-worker\.js$/,
  /^pagefind\/pagefind-entry\.json$/,
  /^pagefind\/[^/]+\.pf_meta$/,
  /^pagefind\/wasm\.[^/]+\.pagefind$/,
];

/** The word index, filter counts and result texts: what a search fetches, query by query. */
const PAGEFIND_INDEX = /^pagefind\/(index|fragment|filter)\/[^/]+$/;

/**
 * The whole search index is precached only while it is at most this many bytes (the real site's
 * is ~50 KB). With thousands of stories it grows to megabytes (8.8 MB at 5,000), which every
 * reader would download in the background, again after each new story; then only the runtime
 * is precached and the service worker keeps the index files a reader's searches fetch.
 */
export const SEARCH_INDEX_PRECACHE_BUDGET = 1_000_000;

const ROOT_FILES = [/^favicon\.svg$/, /^manifest\.webmanifest$/, /^icons\/[^/]+\.(png|svg)$/];

/**
 * Picks the precached files from the built output.
 * @param files every file of the build, as POSIX paths relative to the output folder
 * @param read returns a text file's contents (used to find which Pagefind UI and which assets are referenced)
 * @param sizeOf returns a file's size in bytes (used for the search index budget)
 * @param indexBudget bytes up to which the search index is precached whole
 */
export function selectPrecache(
  files: string[],
  read: (path: string) => string,
  sizeOf: (path: string) => number,
  indexBudget = SEARCH_INDEX_PRECACHE_BUDGET,
): string[] {
  // Every page of a section the site map marks precached (the home row: the home page only).
  const pages = files.filter((file) => file.endsWith('.html') && siteRowOf(file)?.precached);
  const scriptsAndStyles = files.filter((file) => file.startsWith('_astro/') && /\.(js|mjs|css)$/.test(file));
  const referenceText = [...pages, ...scriptsAndStyles].map(read).join('\n');
  const referencedAssets = files.filter(
    (file) => file.startsWith('_astro/') && !scriptsAndStyles.includes(file) && referenceText.includes(file.slice('_astro/'.length)),
  );
  const searchIndex = files.filter((file) => PAGEFIND_INDEX.test(file));
  const indexBytes = searchIndex.reduce((sum, file) => sum + sizeOf(file), 0);
  const pagefind = files.filter((file) => {
    if (!file.startsWith('pagefind/')) return false;
    if (PAGEFIND_RUNTIME.some((pattern) => pattern.test(file))) return true;
    if (PAGEFIND_INDEX.test(file)) return indexBytes <= indexBudget;
    // A UI bundle (pagefind-ui.js, -modular-ui, -component-ui, -highlight…) only if something loads it.
    return /^pagefind\/[^/]+\.(js|css)$/.test(file) && referenceText.includes(file.slice('pagefind/'.length));
  });
  // The search dialog's own UI bundle (src/integrations/deployable-site.ts), loaded on first open.
  const searchUi = files.filter((file) => file.startsWith('_search/') && referenceText.includes(file));
  const root = files.filter((file) => ROOT_FILES.some((pattern) => pattern.test(file)));
  return [...new Set([...pages, ...scriptsAndStyles, ...referencedAssets, ...pagefind, ...searchUi, ...root])].sort();
}

/** The URL a file is requested at: `huong-dan/index.html` is fetched as `huong-dan/`. */
export function fileToUrl(base: string, file: string): string {
  return withBase(base, file.replace(/(^|\/)index\.html$/, '$1'));
}

/** A short version that changes whenever any precached file's bytes change. */
export function cacheVersion(entries: Array<{ file: string; sha256: string }>): string {
  const hash = createHash('sha256');
  for (const entry of [...entries].sort((a, b) => a.file.localeCompare(b.file))) hash.update(`${entry.file}\0${entry.sha256}\n`);
  return hash.digest('hex').slice(0, 16);
}
