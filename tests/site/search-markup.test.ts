import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/lib/i18n/ui.ts';
import { hasVietnamese } from '../../src/lib/quality/interface-text.ts';
import { MATERIAL_TYPES } from '../../src/lib/search/filters.ts';
import { FILTER_KEYS, SITE_MAP, siteRowOf } from '../../src/lib/site-map.ts';
import { LISTING_SEGMENTS } from '../../src/lib/stories/paths.ts';
import { allPages } from '../support/html.ts';
import { SITE_DIR } from '../support/paths.ts';

/** Pages nobody should land on from a search: the 404, and sections without a material type (the search page itself, the offline page). */
const withoutType = (path: string) => !siteRowOf(path)?.materialType;
/** Story lists (index, its pages, filter pages): each story page is indexed instead. */
const storyList = (path: string) => {
  const rest = path.slice(`/${SITE_MAP.stories.path}`.length);
  return path.startsWith(`/${SITE_MAP.stories.path}`) && (rest === '' || Object.values(LISTING_SEGMENTS).includes(rest.split('/')[0]!));
};
const NOT_INDEXED = { has: (path: string) => path === '/404.html' || withoutType(path) || storyList(path) };
/** Markdown pages cannot hold the SearchMeta component; the index gives them their row's type. */
const WITHOUT_SEARCH_META = new Set([`/${SITE_MAP.about.path}`, `/${SITE_MAP.submitStory.path}`]);
const TYPE = FILTER_KEYS.materialType;

describe('pages are marked for the search index', () => {
  const pages = allPages();

  it('every content page has its main content marked for indexing, and only that', () => {
    for (const { path, document } of pages) {
      const bodies = document.querySelectorAll('[data-pagefind-body]');
      if (NOT_INDEXED.has(path)) expect(bodies.length, path).toBe(0);
      else expect(bodies.length === 1 && bodies[0]!.tagName === 'MAIN', path).toBe(true);
    }
  });

  it('every page built from src/pages declares exactly one material type, the one of its row in the site map', () => {
    for (const { path, document } of pages) {
      if (NOT_INDEXED.has(path) || WITHOUT_SEARCH_META.has(path)) continue;
      const types = [...document.querySelectorAll(`[data-pagefind-filter^="${TYPE}:"]`)].map((el) =>
        el.getAttribute('data-pagefind-filter')!.slice(TYPE.length + 1),
      );
      expect(types, path).toEqual([siteRowOf(path)!.materialType]);
      expect(MATERIAL_TYPES, path).toContain(types[0]);
    }
  });

  it('directive pages carry the year they were issued', () => {
    const page = pages.find((p) => p.path === '/van-ban/ke-hoach-763-kh-ubnd/')!;
    expect(page.document.querySelector('[data-pagefind-filter="nam:2023"]')).not.toBeNull();
  });

  it('the search page is linked from the sidebar and has a form that works without JavaScript', () => {
    const page = pages.find((p) => p.path === '/tim-kiem/')!;
    const form = page.document.querySelector('[data-search-page] form[role="search"]')!;
    expect(form.getAttribute('action')).toBe('/tim-kiem/');
    expect(form.querySelector('input[name="q"][type="search"]')).not.toBeNull();
    expect(page.document.querySelector('nav a[href="/tim-kiem/"]')).not.toBeNull();
  });

  it('the search page puts its filters in a native disclosure, closed, before the results, with no script needed to open it', () => {
    const page = pages.find((p) => p.path === '/tim-kiem/')!;
    const panel = page.document.querySelector('[data-search-page] [data-search-panel]')!;
    const box = panel.querySelector('details[data-search-filter-box]')!;
    expect(box.hasAttribute('open')).toBe(false);
    expect(box.querySelector(':scope > summary')!.textContent).toBe(ui.search.filters);
    expect(box.querySelector('[data-search-filters][role="group"]')).not.toBeNull();
    const results = panel.querySelector('[data-search-results]')!;
    expect(box.compareDocumentPosition(results) & 4).toBe(4);
    expect(panel.querySelector('[data-search-chips][hidden]')).not.toBeNull();
  });
});

describe('the search index built by npm run build', () => {
  it('indexes every marked page, with đ stored as ď', () => {
    const entry = JSON.parse(readFileSync(join(SITE_DIR, 'pagefind/pagefind-entry.json'), 'utf8'));
    const marked = allPages().filter(({ path }) => !NOT_INDEXED.has(path)).length;
    expect(entry.languages.vi.page_count).toBe(marked);
    const fragments = globSync('pagefind/fragment/*.pf_fragment', { cwd: SITE_DIR });
    expect(fragments.length).toBe(marked);
    // A fragment is gzipped "pagefind_dcd" + JSON holding the indexed text of one page.
    const texts = fragments.map((file) => JSON.parse(gunzipSync(readFileSync(join(SITE_DIR, file))).toString('utf8').replace(/^pagefind_dcd/, '')));
    const directive = texts.find((t) => t.url === '/van-ban/huong-dan-04-hd-ldld/')!;
    expect(directive.content).toContain('04/HD-LĎLĎ');
    expect(texts.every((t) => !/[đĐ]/.test(t.content))).toBe(true);
    // Attributes are untouched: filter values keep their đ.
    const phases = texts.find((t) => t.url === '/giai-doan/')!;
    expect(phases.filters['giai-doan']).toEqual(['Giai đoạn 1', 'Giai đoạn 2']);
    // Every indexed page has a material type; the Markdown pages get the general one.
    for (const text of texts) expect(text.filters[TYPE], text.url).toHaveLength(1);
    for (const path of WITHOUT_SEARCH_META) expect(texts.find((t) => t.url === path)!.filters[TYPE]).toEqual(['Trang chung']);
  });

  it('ships the search interface as one lazily loaded file that every page points to', () => {
    const [ui] = globSync('_search/ui.*.js', { cwd: SITE_DIR });
    expect(ui).toBeDefined();
    const home = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
    expect(home).toContain(`data-ui="/${ui}"`);
    expect(home).not.toMatch(/<script[^>]+src="[^"]*(_search|pagefind)/);
    expect(existsSync(join(SITE_DIR, 'pagefind/pagefind.js'))).toBe(true);
  });
});

describe('the search scripts get their words from the page', () => {
  const strings = (path: string) =>
    [...allPages().find((p) => p.path === path)!.document.querySelectorAll('[data-search-panel]')].map((panel) =>
      JSON.parse(panel.getAttribute('data-strings')!),
    );

  it('every search panel carries the catalogue’s strings for its scripts, the search page’s with the filter labels', () => {
    expect(strings('/')).toEqual([ui.search.script]);
    const [dialog, page] = strings('/tim-kiem/');
    expect(dialog).toEqual(ui.search.script);
    expect(page).toEqual({ ...ui.search.script, ...ui.search.pageScript, filterLabels: ui.search.filterLabels });
  });

  it('the search bundle carries none of those strings itself', () => {
    const [file] = globSync('_search/ui.*.js', { cwd: SITE_DIR });
    const bundle = readFileSync(join(SITE_DIR, file!), 'utf8');
    const sentences = [...Object.values(ui.search.script), ...Object.values(ui.search.pageScript), ...Object.values(ui.search.filterLabels)].filter(hasVietnamese);
    expect(sentences.length).toBeGreaterThan(5);
    for (const sentence of sentences) expect(bundle, sentence).not.toContain(sentence);
  });
});
