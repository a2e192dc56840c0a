import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE_PAGES } from '../../scripts/dev/gates/budgets.ts';
import { routes } from '../../src/lib/routes.ts';
import { SEARCH_FILTERS } from '../../src/lib/search/filters.ts';
import { FILTER_KEYS, GENERAL_MATERIAL_TYPE, MATERIAL_TYPES, SITE_MAP, SITE_ROWS, siteRowOf } from '../../src/lib/site-map.ts';
import { LISTING_SEGMENTS, RESERVED_STORY_SLUGS } from '../../src/lib/stories/paths.ts';

describe('the site map', () => {
  it('has one row per top-level folder: a lowercase ASCII name and a trailing slash, or the home page', () => {
    for (const row of SITE_ROWS) expect(row.path, row.key).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?$/);
    const paths = SITE_ROWS.map((row) => row.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(SITE_MAP.home.path).toBe('');
  });

  it('gives every filter its own key, so one URL word never means two things', () => {
    const keys = Object.values(FILTER_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    expect(FILTER_KEYS.materialType).not.toBe(FILTER_KEYS.kind);
  });

  it('finds the row of a page by its first folder, the home row only for the home page', () => {
    expect(siteRowOf('')?.key).toBe('home');
    expect(siteRowOf('index.html')?.key).toBe('home');
    expect(siteRowOf('van-ban/ke-hoach-763-kh-ubnd/')?.key).toBe('directives');
    expect(siteRowOf('/van-ban/ke-hoach-763-kh-ubnd/index.html')?.key).toBe('directives');
    expect(siteRowOf('cau-chuyen/dia-ban/dak-glei/trang/2/index.html')?.key).toBe('stories');
    expect(siteRowOf('404.html')).toBeUndefined();
    expect(siteRowOf('khong-co/index.html')).toBeUndefined();
  });
});

describe('what is derived from the site map', () => {
  it('routes', () => {
    expect(routes.home()).toBe('/');
    expect(routes.guidance('muc-dich-yeu-cau')).toBe('/huong-dan/#muc-dich-yeu-cau');
    expect(routes.directive('ke-hoach-763-kh-ubnd')).toBe('/van-ban/ke-hoach-763-kh-ubnd/');
    expect(routes.stories(2)).toBe('/cau-chuyen/trang/2/');
    expect(routes.storiesFiltered(LISTING_SEGMENTS.kind, 'tap-the', 3)).toBe('/cau-chuyen/loai/tap-the/trang/3/');
    expect(routes.storiesFeed()).toBe('/cau-chuyen/rss.xml');
    expect(routes.submitStory()).toBe('/gui-cau-chuyen/');
  });

  it('the pages Lighthouse measures: each entry of a row, under its path', () => {
    expect(LIGHTHOUSE_PAGES.map((page) => page.label)).toEqual(SITE_ROWS.flatMap((row) => (row.lighthouse ?? []).map((m) => m.label)));
    expect(LIGHTHOUSE_PAGES).toContainEqual({ label: 'home', path: '' });
    expect(LIGHTHOUSE_PAGES).toContainEqual({ label: 'directive', path: 'van-ban/ke-hoach-763-kh-ubnd/' });
    expect(LIGHTHOUSE_PAGES).toContainEqual({ label: 'a story', path: 'cau-chuyen/', firstLinkUnder: 'cau-chuyen/', optional: true });
  });

  it('the search filters and the story list segments, each filter under its one key', () => {
    expect(SEARCH_FILTERS.filter((filter) => filter.offered).map((filter) => filter.key)).toEqual(['tai-lieu', 'giai-doan', 'linh-vuc', 'dia-ban', 'nam']);
    expect(SEARCH_FILTERS.filter((filter) => !filter.offered).map((filter) => filter.key)).toEqual(['loai', 'muc', 'quy', 'khen-thuong', 'chi-tieu']);
    expect(LISTING_SEGMENTS).toEqual({ page: 'trang', locality: 'dia-ban', field: 'linh-vuc', kind: 'loai', year: 'nam' });
    for (const segment of Object.values(LISTING_SEGMENTS)) expect(RESERVED_STORY_SLUGS.has(segment)).toBe(true);
  });

  it("the material types: each row's once, in the sidebar's order, general pages last", () => {
    const ofRows = SITE_ROWS.flatMap((row) => (row.materialType ? [row.materialType] : []));
    expect(new Set(MATERIAL_TYPES)).toEqual(new Set(ofRows));
    expect(MATERIAL_TYPES.length).toBe(new Set(ofRows).size);
    expect(MATERIAL_TYPES.at(-1)).toBe(GENERAL_MATERIAL_TYPE);
    const at = (type: string) => MATERIAL_TYPES.indexOf(type as (typeof MATERIAL_TYPES)[number]);
    expect(at(SITE_MAP.guidance.materialType)).toBeLessThan(at(SITE_MAP.bodies.materialType));
    expect(at(SITE_MAP.bodies.materialType)).toBeLessThan(at(SITE_MAP.directives.materialType));
  });
});
