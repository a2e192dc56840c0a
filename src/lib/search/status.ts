import { fill } from '../i18n/fill.ts';
import type { SearchScriptStrings } from '../i18n/ui.ts';

export interface SearchResultSummary {
  query: string;
  count: number;
  /** Typed words no page contains. */
  missing?: string[];
}

/**
 * The status line read out after each search (it sits in an aria-live region). The strings come
 * from the page (data-strings), so this runs in the browser without a Vietnamese literal.
 */
export function resultStatus(text: SearchScriptStrings, { query, count, missing = [] }: SearchResultSummary): string {
  const quote = (value: string) => fill(text.quote, { text: value });
  if (!query) return count > 0 ? fill(text.found, { count }) : text.none;
  if (count > 0) return fill(text.foundFor, { count, query: quote(query) });
  if (missing.length > 0) return fill(text.missingFor, { query: quote(query), words: missing.map(quote).join(text.wordSeparator) });
  return fill(text.noneFor, { query: quote(query) });
}

/**
 * The note after the status line when words no page has were left out and the search went on
 * with the others; empty when none was.
 */
export function droppedNote(text: SearchScriptStrings, dropped: readonly string[]): string {
  if (dropped.length === 0) return '';
  return fill(text.dropped, { words: dropped.map((word) => fill(text.quote, { text: word })).join(text.wordSeparator) });
}
