/**
 * Runs a Vietnamese-aware search on Pagefind's browser API: the query is put in index form
 * (đ → ď), pages where the words stand side by side rank first, every word is checked to have
 * really matched, and titles and excerpts come back with đ restored.
 */
import { missingWords } from '../../lib/search/match.ts';
import { mergeHits } from '../../lib/search/merge.ts';
import { sideBySideIds } from '../../lib/search/phrase.ts';
import { prepareQuery } from '../../lib/search/query.ts';
import { fromIndexForm } from '../../lib/search/vietnamese.ts';
import { filterRequest, MATERIAL_TYPE_KEY, SEARCH_FILTERS, type FilterKey, type FilterRequest, type SelectedFilters } from '../../lib/search/filters.ts';

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

interface PagefindHit {
  id: string;
  score: number;
  /** Positions of the matched words on the page. */
  words: number[];
  data: () => Promise<PagefindData>;
}

interface PagefindResponse {
  results: PagefindHit[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
  filters: () => Promise<FilterCounts>;
}

export interface ResultView {
  url: string;
  title: string;
  excerpt: string;
  type?: string;
  sections: PagefindSubResult[];
}

export interface SearchOutcome {
  hits: PagefindHit[];
  /** Typed words no page contains (the outcome then has no hits). */
  missing: string[];
  filters: FilterCounts;
}

/** How many results' texts to fetch as soon as the search answers (the UI shows five). */
const PREFETCH = 5;

/** Pagefind fetches a result's text on every data() call; one fetch per result is enough. */
function remember(hit: PagefindHit): PagefindHit {
  let data: Promise<PagefindData> | undefined;
  return { id: hit.id, score: hit.score, words: hit.words, data: () => (data ??= hit.data()) };
}

export class SearchEngine {
  private readonly pagefind: PagefindModule;

  private constructor(pagefind: PagefindModule) {
    this.pagefind = pagefind;
  }

  static async load(bundlePath: string, baseUrl: string): Promise<SearchEngine> {
    const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
    // Pagefind's default web worker is kept although it costs one request (11 KB) and makes a
    // search at 5,000 pages ~25 % slower: without it a common word froze the page for 100–275 ms
    // per keystroke on this machine, several times that on a cheap phone (docs/search.md).
    await pagefind.options({ baseUrl, excerptLength: 24 });
    await pagefind.init();
    return new SearchEngine(pagefind);
  }

  /** Filter values with page counts over the whole site. */
  allFilters(): Promise<FilterCounts> {
    return this.pagefind.filters();
  }

  /**
   * `countFilters`: also count pages per filter value (the search page; see filterRequest). That
   * loads every filter file, so the dialog, which shows no filters, skips it. A key with values
   * selected is counted by one more search without its own selection.
   * `isCurrent`: false once the reader has typed on; a superseded search then fetches no result
   * texts (five requests per keystroke otherwise) and tries no fallback.
   */
  async search(raw: string, selected: SelectedFilters = {}, countFilters = false, isCurrent: () => boolean = () => true): Promise<SearchOutcome> {
    const chosen = SEARCH_FILTERS.map(({ key }) => key).filter((key) => (selected[key]?.length ?? 0) > 0);
    const filters = filterRequest(selected, countFilters);
    const query = prepareQuery(raw);
    if (!query) {
      // No words: list what the filters select, or nothing at all.
      if (chosen.length === 0) return { hits: [], missing: [], filters: await this.allFilters() };
      const response = await this.run(null, filters);
      const counts = countFilters ? await this.ownKeyCounts(null, selected, chosen, response.filters) : response.filters;
      return { hits: response.results, missing: [], filters: counts };
    }
    let term = query.term;
    let outcome = await this.pass(term, query.words, filters, isCurrent);
    if (outcome.missing.length > 0 && query.splitTerm && query.splitWords && isCurrent()) {
      // "KH-UBND" is not the start of any indexed word, but its parts are (see query.ts).
      const split = await this.pass(query.splitTerm, query.splitWords, filters, isCurrent);
      if (split.missing.length === 0) [outcome, term] = [split, query.splitTerm];
    }
    const missing = outcome.missing.map((word) => query.typed[query.words.indexOf(word)] ?? word);
    if (countFilters && missing.length === 0 && isCurrent()) outcome.filters = await this.ownKeyCounts(term, selected, chosen, outcome.filters);
    return { ...outcome, missing };
  }

  /** Replaces the counts of each selected key by those of a search without its own selection. */
  private async ownKeyCounts(term: string | null, selected: SelectedFilters, chosen: FilterKey[], counts: FilterCounts): Promise<FilterCounts> {
    const own = await Promise.all(chosen.map((key) => this.run(term, filterRequest(selected, true, key))));
    return { ...counts, ...Object.fromEntries(chosen.map((key, i) => [key, own[i]!.filters[key] ?? {}])) };
  }

  private async run(term: string | null, filters: FilterRequest): Promise<PagefindResponse> {
    const response = await this.pagefind.search(term, { filters });
    if (!response) throw new Error('Pagefind returned no response.');
    // Pagefind leaves `filters` empty when none is selected; the unfiltered counts are the same.
    if (Object.keys(response.filters ?? {}).length === 0) response.filters = response.totalFilters ?? {};
    return response;
  }

  private async pass(term: string, words: string[], filters: FilterRequest, isCurrent: () => boolean): Promise<SearchOutcome> {
    const main = await this.run(term, filters);
    const hits = mergeHits(main.results, sideBySideIds(main.results, words.length)).map(remember);
    if (!isCurrent()) return { hits: [], missing: [], filters: main.filters };
    // Fetch the first screen of results now, together with the page the word check reads.
    for (const hit of hits.slice(0, PREFETCH)) void hit.data().catch(() => undefined);
    const top = hits[0];
    if (!top) return { hits, missing: [], filters: main.filters };
    // Pagefind ANDs the words and only swaps a word for a shorter prefix when NO page has a word
    // starting with it, so checking the best page tells whether every word matched everywhere.
    const data = await top.data();
    const missing = missingWords(words, [data.content, ...Object.values(data.meta)]);
    return missing.length > 0 ? { hits: [], missing, filters: main.filters } : { hits, missing: [], filters: main.filters };
  }
}

/** What a result shows, with đ restored in every piece of text that came from the index. */
export async function viewOf(hit: PagefindHit): Promise<ResultView> {
  const data = await hit.data();
  const title = fromIndexForm(data.meta.title ?? data.url);
  const sections = data.sub_results
    .filter((sub) => sub.url !== data.url && fromIndexForm(sub.title) !== title)
    .slice(0, 3)
    .map((sub) => ({ url: sub.url, title: fromIndexForm(sub.title), excerpt: fromIndexForm(sub.excerpt) }));
  return {
    url: data.url,
    title,
    excerpt: fromIndexForm(data.excerpt),
    type: data.filters[MATERIAL_TYPE_KEY]?.[0],
    sections,
  };
}
