/**
 * Runs a Vietnamese-aware search on Pagefind's browser API: the query is put in index form
 * (đ → ď), pages where the words stand side by side rank first, Pagefind's prefix matches are
 * filtered by the whole-word rule (src/lib/search/word-rule.ts), a word no page has is dropped
 * and named, and titles and excerpts come back with đ restored.
 */
import { missingWords } from '../../lib/search/match.ts';
import { mergeHits } from '../../lib/search/merge.ts';
import { sideBySideIds } from '../../lib/search/phrase.ts';
import { prepareQuery } from '../../lib/search/query.ts';
import { analysePage, type PageData, type ResultView } from '../../lib/search/result-view.ts';
import { toIndexForm } from '../../lib/search/vietnamese.ts';
import { queryTerms, type QueryTerm } from '../../lib/search/word-rule.ts';
import { filterRequest, MATERIAL_TYPE_KEY, SEARCH_FILTERS, type FilterKey, type FilterRequest, type SelectedFilters } from '../../lib/search/filters.ts';

export type { ResultView } from '../../lib/search/result-view.ts';

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindHit {
  id: string;
  score: number;
  /** Positions of the matched words on the page. */
  words: number[];
  data: () => Promise<PageData>;
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

export interface SearchOutcome {
  results: ResultList;
  /** The terms searched: the query's, less those dropped. */
  terms: QueryTerm[];
  /** Typed words no page contains when none remain to search (the outcome then has no results). */
  missing: string[];
  /** Typed words no page contains, left out of a search that went on with the other words. */
  dropped: string[];
  filters: FilterCounts;
}

/** How many results' texts to fetch as soon as the search answers (the UI shows five). */
export const PAGE_SIZE = 5;

/**
 * Results shown at a time for filters alone, with no words (a number of /so-lieu/ opens such a
 * list of up to thousands of stories): nothing to rank by, so a longer step, as the story lists.
 */
export const LIST_STEP = 20;

/**
 * How many pages one call of ResultList.next reads at most. Pagefind ranks a page that has a
 * query word only inside a longer word ("các" for `ca`) low, so such pages rarely reach the top;
 * this bounds the extra texts fetched when they do.
 */
const SCAN_LIMIT = 20;

/** Pagefind fetches a result's text on every data() call; one fetch per result is enough. */
function remember(hit: PagefindHit): PagefindHit {
  let data: Promise<PageData> | undefined;
  return { id: hit.id, score: hit.score, words: hit.words, data: () => (data ??= hit.data()) };
}

/**
 * The pages of one search in Pagefind's order (side by side first), read lazily: a page whose
 * matches are only prefixes of finished words is skipped, and the count shrinks by it.
 */
export class ResultList {
  private next_ = 0;
  private rejected = 0;
  /** Terms answered on no page read so far, by index (all of them before any page is read). */
  readonly unansweredEverywhere: Set<number>;

  private readonly hits: PagefindHit[];
  private readonly terms: QueryTerm[];

  constructor(hits: PagefindHit[], terms: QueryTerm[]) {
    this.hits = hits;
    this.terms = terms;
    this.unansweredEverywhere = new Set(terms.map((_, i) => i));
  }

  /** Pagefind's count, less the pages found not to answer every word. */
  get count(): number {
    return this.hits.length - this.rejected;
  }

  get done(): boolean {
    return this.next_ >= this.hits.length;
  }

  /** The top page's text, for the word check. */
  top(): Promise<PageData> | undefined {
    return this.hits[0]?.data();
  }

  private pending?: Promise<ResultView[]>;

  /** Starts reading the first results while the word check runs; `more` then returns them. */
  prefetch(wanted: number, isCurrent: () => boolean): Promise<ResultView[]> {
    return (this.pending = this.read(wanted, isCurrent));
  }

  /** Up to `wanted` more results, reading at most SCAN_LIMIT pages (in batches of `wanted`). */
  more(wanted: number, isCurrent: () => boolean = () => true): Promise<ResultView[]> {
    const pending = this.pending;
    this.pending = undefined;
    return pending ?? this.read(wanted, isCurrent);
  }

  private async read(wanted: number, isCurrent: () => boolean): Promise<ResultView[]> {
    const views: ResultView[] = [];
    let read = 0;
    while (views.length < wanted && !this.done && read < SCAN_LIMIT && isCurrent()) {
      const batch = this.hits.slice(this.next_, this.next_ + wanted - views.length);
      this.next_ += batch.length;
      read += batch.length;
      const pages = await Promise.all(batch.map((hit) => hit.data()));
      for (const page of pages) {
        const analysis = analysePage(page, this.terms, MATERIAL_TYPE_KEY);
        const unanswered: readonly number[] = analysis.unanswered;
        for (const [i] of this.terms.entries()) if (!unanswered.includes(i)) this.unansweredEverywhere.delete(i);
        if (analysis.view) views.push(analysis.view);
        else this.rejected++;
      }
    }
    return views;
  }
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
    // Excerpts are built by result-view.ts; Pagefind's own are not read.
    await pagefind.options({ baseUrl, excerptLength: 1 });
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
    // Only the keys shown as choices need counts.
    const counted = SEARCH_FILTERS.filter(({ key, offered }) => offered && chosen.includes(key)).map(({ key }) => key);
    const filters = filterRequest(selected, countFilters);
    const query = prepareQuery(raw);
    const none = { missing: [], dropped: [], terms: [] };
    if (!query) {
      // No words: list what the filters select, or nothing at all.
      if (chosen.length === 0) return { ...none, results: new ResultList([], []), filters: await this.allFilters() };
      const response = await this.run(null, filters);
      const counts = countFilters ? await this.ownKeyCounts(null, selected, counted, response.filters) : response.filters;
      return { ...none, results: new ResultList(response.results.map(remember), []), filters: counts };
    }
    let outcome = await this.pass(queryTerms(query.words, query.typed, raw), filters, isCurrent);
    if ((outcome.missing.length > 0 || outcome.dropped.length > 0) && query.splitWords && isCurrent()) {
      // "KH-UBND" is not the start of any indexed word, but its parts are (see query.ts).
      const split = await this.pass(queryTerms(query.splitWords, query.splitTyped ?? query.splitWords, raw), filters, isCurrent);
      if (split.missing.length === 0 && (outcome.missing.length > 0 || split.dropped.length < outcome.dropped.length)) outcome = split;
    }
    if (countFilters && outcome.missing.length === 0 && isCurrent()) outcome.filters = await this.ownKeyCounts(termOf(outcome.terms), selected, counted, outcome.filters);
    return outcome;
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

  /**
   * One search of the terms; a term no page has is dropped and the rest searched again.
   * Pagefind swaps a word no indexed word begins with for a shorter prefix, and only then, so a
   * word the best page lacks even as a prefix is on no page. A finished word found only inside
   * longer words on every page read is also dropped.
   */
  private async pass(terms: QueryTerm[], filters: FilterRequest, isCurrent: () => boolean, dropped: string[] = []): Promise<SearchOutcome> {
    const main = await this.run(termOf(terms), filters);
    const hits = mergeHits(main.results, sideBySideIds(main.results, terms.length)).map(remember);
    const results = new ResultList(hits, terms);
    const answer: SearchOutcome = { results, terms, missing: [], dropped, filters: main.filters };
    if (!isCurrent()) return answer;
    if (hits.length === 0) {
      // Pagefind swapped a word no page has for a shorter one ("999" for the "9" of another
      // page), and together the words met on no page: find that word and go on without it.
      if (terms.length < 2) return answer;
      const absent = await this.termsOnNoPage(terms, filters);
      if (absent.length === 0 || !isCurrent()) return answer;
      const rest = terms.filter((t) => !absent.includes(t));
      const names = [...dropped, ...absent.map((t) => t.label)];
      if (rest.length === 0) return { ...answer, missing: names, dropped: [] };
      return this.pass(rest, filters, isCurrent, names);
    }
    // Fetch the first screen of results now; the top page also serves the word check.
    const shown = results.prefetch(PAGE_SIZE, isCurrent);
    const top = await results.top()!;
    const absent = new Set(missingWords(terms.map((t) => t.word), [top.content, ...Object.values(top.meta)]));
    let gone = terms.filter((t) => absent.has(t.word));
    if (gone.length === 0) {
      const views = await shown;
      if (views.length > 0 || !isCurrent()) return answer;
      gone = terms.filter((_, i) => results.unansweredEverywhere.has(i));
    }
    const left = terms.filter((t) => !gone.includes(t));
    const names = [...dropped, ...gone.map((t) => t.label)];
    const nothing = new ResultList([], terms);
    if (gone.length === 0) return { ...answer, results: nothing };
    if (left.length === 0) return { ...answer, results: nothing, missing: names, dropped: [] };
    return this.pass(left, filters, isCurrent, names);
  }

  /**
   * The terms that no page has even searched alone: Pagefind answers such a word with the pages
   * of a shorter indexed prefix, so the top page of its own search is read to tell.
   */
  private async termsOnNoPage(terms: QueryTerm[], filters: FilterRequest): Promise<QueryTerm[]> {
    const absent = await Promise.all(
      terms.map(async (term) => {
        const top = (await this.run(termOf([term]), filters)).results[0];
        if (!top) return true;
        const page = await top.data();
        return missingWords([term.word], [page.content, ...Object.values(page.meta)]).length > 0;
      }),
    );
    return terms.filter((_, i) => absent[i]);
  }
}

/** The Pagefind query of some terms: their typed words, in index form. */
function termOf(terms: readonly QueryTerm[]): string {
  return toIndexForm(terms.map((t) => t.typed).join(' '));
}
