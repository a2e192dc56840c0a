import { SEARCH_FILTERS, isFilterKey, type SelectedFilters } from './filters.ts';

/** What the search page's address holds, so a search can be shared: ?q=…&tai-lieu=…&nam=… */
export interface SearchState {
  q: string;
  filters: SelectedFilters;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SelectedFilters = {};
  for (const [key, value] of params) {
    if (!isFilterKey(key) || !value) continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { q: (params.get('q') ?? '').normalize('NFC').trim(), filters };
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const { key } of SEARCH_FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return params;
}
