/**
 * The search interface shared by the dialog (every page) and the search page (/tim-kiem/). The
 * markup, labels and hint are server-rendered by SearchPanel.astro; this module only fills in
 * results, the status line and, on the search page, the filters and the address (?q=…). Every
 * word it writes comes from the panel's data-strings attribute (src/lib/i18n/ui.ts).
 * It is bundled separately (see src/integrations/deployable-site.ts) and loaded on first use only.
 */
import { SEARCH_FILTERS, sortFilterValues, type FilterKey, type SelectedFilters } from '../../lib/search/filters.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { SearchPageScriptStrings, SearchScriptStrings } from '../../lib/i18n/ui.ts';
import { droppedNote, resultStatus } from '../../lib/search/status.ts';
import { typingDelay } from '../../lib/search/query.ts';
import { readSearchState, writeSearchState } from '../../lib/search/url-state.ts';
import { LIST_STEP, PAGE_SIZE, ResultList, SearchEngine, type ResultView, type SearchOutcome } from './engine.ts';

export interface MountOptions {
  /** Where pagefind.js lives, e.g. "/pagefind/". */
  bundlePath: string;
  /** The site's base path, e.g. "/". */
  baseUrl: string;
  /** On the search page the query and filters live in the address. */
  syncUrl?: boolean;
}

let enginePromise: Promise<SearchEngine> | undefined;

function engine(options: MountOptions): Promise<SearchEngine> {
  enginePromise ??= SearchEngine.load(options.bundlePath, options.baseUrl).catch((error: unknown) => {
    enginePromise = undefined;
    throw error;
  });
  return enginePromise;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export function mountSearch(root: HTMLElement, options: MountOptions): { search: (query: string) => void } {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]');
  const disclosure = root.querySelector<HTMLDetailsElement>('[data-search-filter-box]');
  const summary = root.querySelector<HTMLElement>('[data-search-filter-summary]');
  const chips = root.querySelector<HTMLUListElement>('[data-search-chips]');
  const filtersLabel = summary?.textContent ?? '';
  const pageLink = root.querySelector<HTMLAnchorElement>('[data-search-page-link]');
  const text = JSON.parse(root.dataset.strings ?? '{}') as SearchScriptStrings & Partial<SearchPageScriptStrings>;

  let selected: SelectedFilters = {};
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let results = new ResultList([], []);
  let step = PAGE_SIZE;

  if (options.syncUrl) {
    const state = readSearchState(new URLSearchParams(location.search));
    input.value = state.q;
    selected = state.filters;
    // A shared filtered address shows its filters.
    if (disclosure && Object.values(selected).some((values) => values && values.length > 0)) disclosure.open = true;
  }

  const setStatus = (line: string, note = '') => {
    status.textContent = line;
    if (note) status.append(' ', el('span', { className: 'search-note' }, note));
  };

  const renderResult = (view: ResultView) => {
    const item = el('li', { className: 'search-result' });
    const link = el('a', { href: view.url, className: 'search-result-title' }, view.title);
    item.append(link);
    if (view.type) item.append(el('p', { className: 'search-result-type' }, view.type));
    // Built by result-view.ts from Pagefind's escaped page text: only <mark> is added.
    item.append(el('p', { className: 'search-result-excerpt', innerHTML: view.excerpt }));
    if (view.sections.length > 0) {
      const sections = el('ul', { className: 'search-result-sections' });
      sections.setAttribute('aria-label', fill(text.sections, { title: view.title }));
      for (const section of view.sections) {
        sections.append(
          el('li', {}, el('a', { href: section.url }, section.title), el('p', { className: 'search-result-excerpt', innerHTML: section.excerpt })),
        );
      }
      item.append(sections);
    }
    return item;
  };

  // Each result shown costs one fragment request (PAGE_SIZE, LIST_STEP).
  const showMore = async (current: number) => {
    const views = await results.more(step, () => current === run);
    if (current !== run) return;
    list.append(...views.map(renderResult));
    more.hidden = results.done;
  };

  const renderFilters = (counts: SearchOutcome['filters']) => {
    if (!filterBox || !text.filterLabels) return;
    const groups: HTMLElement[] = [];
    for (const { name, key, offered } of SEARCH_FILTERS) {
      if (!offered) continue;
      const label = text.filterLabels[name];
      const values = counts[key] ?? {};
      const chosen = selected[key] ?? [];
      const names = sortFilterValues(key, [...new Set([...Object.keys(values), ...chosen])]);
      if (names.length === 0) continue;
      const fieldset = el('fieldset', { className: 'search-filter' }, el('legend', {}, label));
      for (const value of names) {
        const box = el('input', { type: 'checkbox', name: key, value, checked: chosen.includes(value) });
        box.addEventListener('change', () => toggleFilter(key, value, box.checked));
        const count = values[value] ?? 0;
        fieldset.append(el('label', {}, box, ` ${value} `, el('span', { className: 'search-filter-count' }, fill(text.filterCount, { count }))));
      }
      groups.push(fieldset);
    }
    filterBox.replaceChildren(...groups);
    renderTicked();
  };

  /** The summary's count and one removable chip per ticked value. */
  const renderTicked = () => {
    if (!chips || !summary || !text.filterLabels || !text.filtersTicked || !text.removeFilter) return;
    const ticked = SEARCH_FILTERS.flatMap(({ name, key }) => (selected[key] ?? []).map((value) => ({ label: text.filterLabels![name], key, value })));
    summary.textContent = ticked.length > 0 ? fill(text.filtersTicked, { count: ticked.length }) : filtersLabel;
    chips.hidden = ticked.length === 0;
    chips.replaceChildren(
      ...ticked.map(({ label, key, value }) => {
        const button = el('button', { type: 'button' }, value, el('span', { ariaHidden: 'true' }, '×'));
        button.setAttribute('aria-label', fill(text.removeFilter!, { filter: label, value }));
        button.addEventListener('click', () => {
          // The chip goes away; keep the focus near it.
          summary.focus();
          toggleFilter(key, value, false);
        });
        return el('li', {}, button);
      }),
    );
  };

  const toggleFilter = (key: FilterKey, value: string, on: boolean) => {
    const values = new Set(selected[key] ?? []);
    if (on) values.add(value);
    else values.delete(value);
    selected = { ...selected, [key]: [...values] };
    root.setAttribute('data-state', 'pending');
    void search(input.value);
  };

  const syncAddress = (query: string) => {
    if (!options.syncUrl) return;
    const params = writeSearchState({ q: query, filters: selected }).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  };

  const search = async (query: string) => {
    const current = ++run;
    const trimmed = query.trim();
    if (pageLink) pageLink.search = trimmed ? `?${new URLSearchParams({ q: trimmed })}` : '';
    syncAddress(trimmed);
    const hasFilters = Object.values(selected).some((values) => values && values.length > 0);
    if (!trimmed && !hasFilters) {
      list.replaceChildren();
      more.hidden = true;
      root.removeAttribute('data-state');
      setStatus('');
      if (filterBox) renderFilters(await (await engine(options)).allFilters());
      return;
    }
    root.setAttribute('data-state', 'searching');
    let searchEngine: SearchEngine;
    try {
      searchEngine = await engine(options);
    } catch {
      if (current === run) setStatus(text.loadFailed);
      return;
    }
    const outcome = await searchEngine.search(trimmed, selected, Boolean(filterBox), () => current === run);
    if (current !== run) return;
    results = outcome.results;
    step = trimmed ? PAGE_SIZE : LIST_STEP;
    list.replaceChildren();
    await showMore(current);
    if (current !== run) return;
    renderFilters(outcome.filters);
    setStatus(resultStatus(text, { query: trimmed, count: results.count, missing: outcome.missing }), droppedNote(text, outcome.dropped));
    root.setAttribute('data-state', 'done');
  };

  input.addEventListener('input', () => {
    root.setAttribute('data-state', 'pending');
    run++; // results of a search for an older value must not be shown
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), typingDelay(input.value));
  });
  more.addEventListener('click', () => void showMore(run));
  // On the search page the results are already here; Enter need not reload the page.
  if (options.syncUrl) {
    input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      root.setAttribute('data-state', 'pending');
      void search(input.value);
    });
  }
  // Start fetching Pagefind now, so the first keystroke only waits for the search itself.
  engine(options).catch(() => setStatus(text.loadFailed));
  void search(input.value);
  return { search: (query: string) => {
    input.value = query;
    void search(query);
  } };
}
