import type { TermLocation } from './word-rule.ts';

/**
 * Where the query words stand closest together in a stretch of text: the shortest run of matched
 * positions holding the most distinct query terms. Orders a page's sections and centres excerpts.
 */
export interface Window {
  /** Distinct query terms in the window. */
  terms: number;
  /** Positions from the first to the last matched word, inclusive. */
  span: number;
  /** Matches typed with the same accents as the page. */
  exact: number;
  first: number;
  last: number;
}

/** Words an excerpt shows, and so the widest window that counts as "together". */
export const WINDOW_WORDS = 24;

/**
 * The densest window of `found` (sorted by location) no wider than `width` words: the most
 * distinct query terms, then the shortest span, then the most exact accents. Undefined when
 * nothing matched.
 */
export function densestWindow(found: readonly TermLocation[], width = WINDOW_WORDS): Window | undefined {
  let best: Window | undefined;
  const inWindow = new Map<number, number>();
  const drop = (l: TermLocation) => {
    const left = inWindow.get(l.term)! - 1;
    if (left === 0) inWindow.delete(l.term);
    else inWindow.set(l.term, left);
  };
  let left = 0;
  for (let right = 0; right < found.length; right++) {
    const added = found[right]!;
    inWindow.set(added.term, (inWindow.get(added.term) ?? 0) + 1);
    // Too wide, or the leftmost term is also present further right: move the left edge on.
    while (left < right && (added.location - found[left]!.location >= width || inWindow.get(found[left]!.term)! > 1)) drop(found[left++]!);
    const window: Window = {
      terms: inWindow.size,
      span: added.location - found[left]!.location + 1,
      exact: found.slice(left, right + 1).filter((l) => l.exact).length,
      first: found[left]!.location,
      last: added.location,
    };
    if (!best || compareWindows(window, best) < 0) best = window;
  }
  return best;
}

/** Negative when `a` is the better match: more query words, closer together, more exact accents. */
export function compareWindows(a: Window | undefined, b: Window | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return b.terms - a.terms || a.span - b.span || b.exact - a.exact;
}

/** A stretch of a page's words: the whole page, or one section [start, end). */
interface Stretch {
  start: number;
  end: number;
}

/** The matches inside a stretch. */
export function within(found: readonly TermLocation[], { start, end }: Stretch): TermLocation[] {
  return found.filter((l) => l.location >= start && l.location < end);
}

/**
 * An excerpt of `length` words of the stretch, centred on its densest window, with <mark> around
 * the words that really answer a query term. `words` must already be HTML-escaped (Pagefind's
 * `raw_content`, split by position), so the result holds no markup but <mark>.
 */
export function excerptHtml(words: readonly string[], found: readonly TermLocation[], stretch: Stretch, length: number, ellipsis = '…'): string {
  const end = Math.min(stretch.end, words.length);
  const inside = within(found, { start: stretch.start, end });
  const window = densestWindow(inside);
  const centre = window ? (window.first + window.last) / 2 : stretch.start;
  let start = Math.round(centre - length / 2);
  start = Math.max(stretch.start, Math.min(start, end - length));
  const stop = Math.min(end, start + length);
  const marked = new Set(inside.map((l) => l.location));
  const shown: string[] = [];
  for (let i = start; i < stop; i++) shown.push(marked.has(i) ? `<mark>${words[i]}</mark>` : words[i]!);
  const before = start > stretch.start ? `${ellipsis} ` : '';
  const after = stop < end ? ` ${ellipsis}` : '';
  return `${before}${shown.join(' ').trim()}${after}`;
}

/** A section of a page as Pagefind's sub-results give it, with where it starts. */
interface SectionStart {
  start: number;
}

/**
 * Sections ordered by how well they match (see compareWindows), best first; ties keep page order.
 * A section ends where the next heading of the page begins (`headings`: their positions).
 */
export function rankSections<T extends SectionStart>(sections: readonly T[], headings: readonly number[], found: readonly TermLocation[], wordCount: number): Array<T & { stretch: Stretch; window: Window }> {
  const sorted = [...new Set(headings)].sort((a, b) => a - b);
  const ranked: Array<T & { stretch: Stretch; window: Window }> = [];
  for (const section of sections) {
    const stretch = { start: section.start, end: sorted.find((h) => h > section.start) ?? wordCount };
    const window = densestWindow(within(found, stretch));
    if (window) ranked.push({ ...section, stretch, window });
  }
  // Array.prototype.sort is stable: ties keep page order.
  return ranked.sort((a, b) => compareWindows(a.window, b.window));
}
