/**
 * Search filters, in the order the search page shows them. The key is what pages declare
 * (data-pagefind-filter) and what the search page's URL carries (?loai=…); the label readers
 * see is in the interface catalogue (ui.search.filterLabels, src/lib/i18n/ui.ts).
 */
export const SEARCH_FILTERS = [{ key: 'loai' }, { key: 'giai-doan' }, { key: 'linh-vuc' }, { key: 'dia-ban' }, { key: 'nam' }] as const;

export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/** Material types, in the order the filter lists them. */
export const MATERIAL_TYPES = [
  'Toàn văn hướng dẫn',
  'Giai đoạn',
  'Nội dung thi đua',
  'Văn bản liên quan',
  'Trách nhiệm thực hiện',
  'Câu chuyện điển hình',
  'Trang chung',
] as const;

export type MaterialType = (typeof MATERIAL_TYPES)[number];

export type SelectedFilters = Partial<Record<FilterKey, string[]>>;

/** Filters as Pagefind's search() takes them. */
export type FilterRequest = Partial<Record<FilterKey, { any: string[] } | { none: string[] }>>;

/** A filter that excludes nothing: it only makes Pagefind count the key's values. */
const COUNT_ONLY = { none: ['~'] };

/**
 * The filters of one Pagefind search. Selected values of a key are combined with "any of";
 * different keys must all match. Pagefind counts only the keys present in the request, so with
 * `count` every other key gets a filter that excludes nothing.
 *
 * `countFor`: the key whose counts this request is for. Its own selection is left out, so each
 * of its values counts the pages it would give with the other keys' selections, not 0 once
 * another value of the same key is ticked.
 */
export function filterRequest(selected: SelectedFilters, count: boolean, countFor?: FilterKey): FilterRequest {
  const request: FilterRequest = {};
  for (const { key } of SEARCH_FILTERS) {
    const values = selected[key] ?? [];
    if (values.length > 0 && key !== countFor) request[key] = { any: values };
    else if (count) request[key] = COUNT_ONLY;
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
  if (key === 'nam') return sorted.sort((a, b) => Number(b) - Number(a));
  if (key === 'loai') {
    const rank = (v: string) => {
      const i = (MATERIAL_TYPES as readonly string[]).indexOf(v);
      return i === -1 ? MATERIAL_TYPES.length : i;
    };
    return sorted.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'vi'));
  }
  return sorted.sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
}
