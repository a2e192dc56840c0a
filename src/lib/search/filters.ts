/**
 * Search filters, in the order the search page shows them: the search page's row of the site map
 * (src/lib/site-map.ts). The key is what pages declare (data-pagefind-filter) and what the
 * search page's URL carries (?tai-lieu=…); the label readers see is in the interface catalogue
 * (ui.search.filterLabels, src/lib/i18n/ui.ts), by the filter's name.
 */
import { FILTER_KEYS, MATERIAL_TYPES, SITE_MAP } from '../site-map.ts';

export { MATERIAL_TYPES, type MaterialType } from '../site-map.ts';

export type SearchFilterName = (typeof SITE_MAP.search.filters)[number] | (typeof SITE_MAP.search.linkFilters)[number];

/**
 * Every filter the search page's address takes. `offered`: shown as a group of choices with
 * counts; the others only come with a link (a number of /so-lieu/) and show as chips.
 */
export const SEARCH_FILTERS: ReadonlyArray<{ name: SearchFilterName; key: FilterKey; offered: boolean }> = [
  ...SITE_MAP.search.filters.map((name) => ({ name, key: FILTER_KEYS[name], offered: true })),
  ...SITE_MAP.search.linkFilters.map((name) => ({ name, key: FILTER_KEYS[name], offered: false })),
];

export type FilterKey = (typeof FILTER_KEYS)[SearchFilterName];

/** The key of the material type filter ("Loại tài liệu"). */
export const MATERIAL_TYPE_KEY = FILTER_KEYS.materialType;

export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

/** Filters as Pagefind's search() takes them. */
export type FilterRequest = Partial<Record<FilterKey, { any: string[] } | { none: string[] }>>;

/** A filter that excludes nothing: it only makes Pagefind count the key's values. */
const COUNT_ONLY = { none: ['~'] };

/**
 * The filters of one Pagefind search. Selected values of a key are combined with "any of";
 * different keys must all match. Pagefind counts only the keys present in the request, so with
 * `count` every other offered key gets a filter that excludes nothing (a key only links set is
 * not shown as choices, so its counts are not loaded).
 *
 * `countFor`: the key whose counts this request is for. Its own selection is left out, so each
 * of its values counts the pages it would give with the other keys' selections, not 0 once
 * another value of the same key is ticked.
 */
export function filterRequest(selected: SelectedFilters, count: boolean, countFor?: FilterKey): FilterRequest {
  const request: FilterRequest = {};
  for (const { key, offered } of SEARCH_FILTERS) {
    const values = selected[key] ?? [];
    if (values.length > 0 && key !== countFor) request[key] = { any: values };
    else if (count && offered) request[key] = COUNT_ONLY;
  }
  return request;
}

export function isFilterKey(key: string): key is FilterKey {
  return SEARCH_FILTERS.some((filter) => filter.key === key);
}

/**
 * Filter values are written inline ("key:value") and Pagefind reads a comma as the start of
 * another filter, so commas become a similar-looking separator.
 */
export function filterValue(value: string | number): string {
  return String(value).normalize('NFC').replace(/,/g, ' –').replace(/\s+/g, ' ').trim();
}

/**
 * Orders the values of one filter for display: years newest first, material types in their
 * fixed order, anything else alphabetically in Vietnamese.
 */
export function sortFilterValues(key: FilterKey, values: string[]): string[] {
  const sorted = [...values];
  if (key === FILTER_KEYS.year) return sorted.sort((a, b) => Number(b) - Number(a));
  if (key === MATERIAL_TYPE_KEY) {
    const rank = (v: string) => {
      const i = (MATERIAL_TYPES as readonly string[]).indexOf(v);
      return i === -1 ? MATERIAL_TYPES.length : i;
    };
    return sorted.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'vi'));
  }
  return sorted.sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
}
