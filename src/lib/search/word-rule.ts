import { indexedForms } from './match.ts';
import { fold, fromIndexForm } from './vietnamese.ts';

/**
 * One query word under the reader's rule: a Vietnamese word is a short syllable, so every word
 * but the one still being typed is finished and must match a whole word (`ca` finds “cá”, “cà”,
 * not “các” or “cấp”); only the last word, unless a space follows it, matches as a prefix.
 * Pagefind matches every word as a prefix, so its matches are filtered with this rule.
 */
export interface QueryTerm {
  /** Folded, without punctuation: as Pagefind compares it ("doan"). */
  word: string;
  /** As typed, NFC, lowercased, in the original form (đ, not ď): for the exact-accent bonus. */
  typed: string;
  /** Still being typed: matches any word it begins. */
  prefix: boolean;
  /** The word as the reader wrote it, to name it in a note. */
  label: string;
}

/** Letters and digits of a written word, lowercased, in the original form (ď → đ). */
function letters(text: string): string {
  return fromIndexForm(text).normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The terms of a query, from its folded words and the typed word behind each
 * (`prepareQuery`'s `words` and `typed`). `raw` is what the box holds: a space after the last
 * word says it is finished too.
 */
export function queryTerms(words: readonly string[], typed: readonly string[], raw: string): QueryTerm[] {
  const lastIsPrefix = !/\s$/.test(raw);
  return words.map((word, i) => ({ word, typed: letters(typed[i] ?? word), prefix: lastIsPrefix && i === words.length - 1, label: typed[i] ?? word }));
}

/** How a written word answers a query term: not at all, by its folded form, or exactly as typed. */
type Answer = 'none' | 'folded' | 'exact';

export function answers(token: string, term: QueryTerm): Answer {
  const forms = indexedForms(token);
  const hit = term.prefix ? [...forms].some((form) => form.startsWith(term.word)) : forms.has(term.word);
  if (!hit) return 'none';
  // Typed without accents, the folded form is what the reader wrote; with accents, only the
  // same accents are exact ("Đảng" for `đảng`, not "đang").
  const written = letters(token);
  return written === term.typed || (term.prefix && written.startsWith(term.typed) && fold(term.typed) !== term.typed) ? 'exact' : 'folded';
}

/** A word position on a page that really answers a query term. */
export interface TermLocation {
  location: number;
  /** Index of the term in the query. */
  term: number;
  exact: boolean;
}

/**
 * Of the positions Pagefind marked as matches, those whose word answers some term under the
 * whole-word rule, in page order. `tokens` is the page text split the way Pagefind numbers
 * positions (see pageTokens).
 */
export function termLocations(tokens: readonly string[], locations: readonly number[], terms: readonly QueryTerm[]): TermLocation[] {
  const found: TermLocation[] = [];
  for (const location of [...new Set(locations)].sort((a, b) => a - b)) {
    const token = tokens[location];
    if (token === undefined) continue;
    let best: TermLocation | undefined;
    terms.forEach((term, index) => {
      const answer = answers(token, term);
      if (answer !== 'none' && (!best || (answer === 'exact' && !best.exact))) best = { location, term: index, exact: answer === 'exact' };
    });
    if (best) found.push(best);
  }
  return found;
}

/** Pagefind's word separator: positions count the words of a page's text split on it. */
const SEPARATORS = /[^\S\uFEFF]+/g;

export function pageTokens(content: string): string[] {
  return content.split(SEPARATORS);
}

/**
 * Terms the page does not answer under the whole-word rule, by index: none of the matched
 * positions, nor any word of the extra texts (metadata such as the title), answers them.
 */
export function unansweredTerms(found: readonly TermLocation[], terms: readonly QueryTerm[], extraTexts: readonly string[] = []): number[] {
  const answered = new Set(found.map((l) => l.term));
  const extra = extraTexts.flatMap(pageTokens);
  return terms.flatMap((term, i) => (answered.has(i) || extra.some((token) => answers(token, term) !== 'none') ? [] : [i]));
}
