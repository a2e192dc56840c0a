import { describe, expect, it } from 'vitest';
import { cacheVersion, fileToUrl, SEARCH_INDEX_PRECACHE_BUDGET, selectPrecache } from '../../src/lib/offline/precache.ts';

/** What a search needs: the runtime, the wasm, the entry and metadata, the index and fragments. */
const PAGEFIND_CORE = [
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.vi_1.pf_meta',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/index/vi_1.pf_index',
  'pagefind/fragment/vi_1.pf_fragment',
];
const files = [
  'index.html',
  '404.html',
  'huong-dan/index.html',
  'van-ban/ke-hoach/index.html',
  'ngoai-tuyen/index.html',
  'cau-chuyen/index.html',
  'cau-chuyen/mau-a/index.html',
  '_astro/site.css',
  '_astro/search.js',
  '_astro/story-photo.webp',
  '_astro/guide-photo.webp',
  ...PAGEFIND_CORE,
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-component-ui.js',
  '_search/ui.0123456789.js',
  '_search/ui.old.js',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/icon-192.png',
  'sitemap-0.xml',
  '_headers',
  'sw.js',
];
const contents: Record<string, string> = {
  'huong-dan/index.html': '<img src="/_astro/guide-photo.webp"><button data-ui="/_search/ui.0123456789.js">',
  'cau-chuyen/mau-a/index.html': '<img src="/_astro/story-photo.webp">',
  '_astro/search.js': 'import("/pagefind/pagefind-ui.js")',
};
const read = (file: string) => contents[file] ?? '';
const small = () => 1_000;

describe('the precache', () => {
  const selected = selectPrecache(files, read, small);

  it('holds the reference pages, the offline page and the home page, not the stories', () => {
    expect(selected).toEqual(expect.arrayContaining(['index.html', 'huong-dan/index.html', 'van-ban/ke-hoach/index.html', 'ngoai-tuyen/index.html']));
    expect(selected.filter((file) => file.startsWith('cau-chuyen/'))).toEqual([]);
    expect(selected).not.toContain('404.html');
  });

  it('holds scripts, styles and the images of precached pages only', () => {
    expect(selected).toEqual(expect.arrayContaining(['_astro/site.css', '_astro/search.js', '_astro/guide-photo.webp']));
    expect(selected).not.toContain('_astro/story-photo.webp');
  });

  it('holds the search index and the Pagefind UI that is actually loaded', () => {
    expect(selected).toEqual(expect.arrayContaining([...PAGEFIND_CORE, 'pagefind/pagefind-ui.js']));
    expect(selected).not.toContain('pagefind/pagefind-component-ui.js');
  });

  it('holds only the search runtime once the index outgrows its budget (thousands of stories)', () => {
    const sizeOf = (file: string) => (file === 'pagefind/fragment/vi_1.pf_fragment' ? SEARCH_INDEX_PRECACHE_BUDGET : 1_000);
    const big = selectPrecache(files, read, sizeOf);
    expect(big).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.vi_1.pf_meta', 'pagefind/wasm.unknown.pagefind']));
    expect(big.filter((file) => /^pagefind\/(index|fragment|filter)\//.test(file))).toEqual([]);
    expect(big).toContain('huong-dan/index.html');
  });

  it("holds the search dialog's own UI bundle that the pages load, not a stale one", () => {
    expect(selected).toContain('_search/ui.0123456789.js');
    expect(selected).not.toContain('_search/ui.old.js');
  });

  it('holds the icons and the manifest, not server or crawler files', () => {
    expect(selected).toEqual(expect.arrayContaining(['favicon.svg', 'manifest.webmanifest', 'icons/icon-192.png']));
    for (const file of ['sitemap-0.xml', '_headers', 'sw.js']) expect(selected).not.toContain(file);
  });
});

describe('cache versions', () => {
  it('change when any precached byte changes, not with listing order', () => {
    const a = cacheVersion([{ file: 'a', sha256: '1' }, { file: 'b', sha256: '2' }]);
    expect(cacheVersion([{ file: 'b', sha256: '2' }, { file: 'a', sha256: '1' }])).toBe(a);
    expect(cacheVersion([{ file: 'a', sha256: '1' }, { file: 'b', sha256: '3' }])).not.toBe(a);
  });
});

describe('URLs under a base', () => {
  it('map index.html to its directory', () => {
    expect(fileToUrl('/', 'index.html')).toBe('/');
    expect(fileToUrl('/thi-dua/', 'huong-dan/index.html')).toBe('/thi-dua/huong-dan/');
    expect(fileToUrl('/thi-dua/', 'pagefind/pagefind.js')).toBe('/thi-dua/pagefind/pagefind.js');
  });
});
