import { fold, toIndexForm } from './vietnamese.ts';

/**
 * A query as Pagefind should receive it.
 *
 * - `term`: the words as typed (NFC, whitespace collapsed), with đ mapped to the index form.
 * - `splitTerm`: a fallback where punctuation inside words became spaces ("KH-UBND" → "KH UBND"):
 *   Pagefind indexes "763/KH-UBND" as the joined "763khubnd" plus its parts, so a middle piece
 *   such as "KH-UBND" only matches as separate parts.
 * - `words`: each query word folded and stripped of punctuation, as Pagefind matches it; used to
 *   check that every word really matched (Pagefind silently swaps an unknown word for a shorter
 *   indexed prefix of it, so "cong xyz" would otherwise return pages about "cong").
 */
export interface PreparedQuery {
  term: string;
  splitTerm?: string;
  /** The folded words of `splitTerm`. */
  splitWords?: string[];
  /** The typed word behind each entry of `splitWords` (accents kept, as `typed`). */
  splitTyped?: string[];
  words: string[];
  /** The typed word behind each entry of `words`, to name a missing word as the reader wrote it. */
  typed: string[];
}

/** Characters Pagefind deletes from a query word (it keeps letters and digits). */
const PUNCTUATION = /[^\p{L}\p{N}\s]/gu;

export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The words as Pagefind compares them: folded, punctuation deleted, empty ones dropped. */
export function queryWords(raw: string): string[] {
  return typedWords(raw).map(([, word]) => word);
}

/** [typed word, folded word] pairs, words without letters or digits left out. */
function typedWords(raw: string): Array<[string, string]> {
  return normalizeQuery(raw)
    .split(' ')
    .map((word): [string, string] => [word, fold(word).replace(PUNCTUATION, '')])
    .filter(([, word]) => word.length > 0);
}

export function prepareQuery(raw: string): PreparedQuery | undefined {
  const typed = normalizeQuery(raw);
  const pairs = typedWords(typed);
  if (pairs.length === 0) return undefined;
  const term = toIndexForm(typed);
  const query: PreparedQuery = { term, words: pairs.map(([, w]) => w), typed: pairs.map(([t]) => t) };
  if (/[\p{L}\p{N}][^\p{L}\p{N}\s]+[\p{L}\p{N}]/u.test(term)) {
    const split = term.replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
    if (split !== term) {
      query.splitTerm = split;
      query.splitWords = queryWords(split);
      query.splitTyped = typedWords(typed.replace(PUNCTUATION, ' ')).map(([t]) => t);
    }
  }
  return query;
}

/** Wait before searching while the reader types (ms). */
export const TYPING_DELAY = { normal: 30, shortWord: 400 } as const;

/**
 * How long to wait after a keystroke before searching. Pagefind matches every word as a prefix,
 * so searching "c" or "co" fetches the index chunks of every word starting with it: at 5,000
 * stories "co" alone pulled in a 35 KB chunk of words spelled co ("cơ" of "cơ sở", on every
 * story; "có", "cố"…) that `cong doan` never needs. A last word of one or two characters is therefore usually a word being
 * typed, and the search waits until the reader pauses; otherwise it starts almost at once. A
 * space after the word ("bộ ") says it is finished.
 */
export function typingDelay(raw: string): number {
  const words = queryWords(raw);
  const last = words[words.length - 1];
  return last !== undefined && last.length <= 2 && !/\s$/.test(raw) ? TYPING_DELAY.shortWord : TYPING_DELAY.normal;
}
