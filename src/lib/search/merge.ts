/** A search hit as Pagefind returns it: page id and score, higher is better. */
export interface Hit {
  id: string;
  score: number;
}

/**
 * Orders hits for display: pages where the words stand side by side (`phraseIds`, see
 * phrase.ts) first, then the rest; within each group Pagefind's score decides, and ties keep
 * Pagefind's order. Without this, Pagefind's title boost let "doanh nghiệp" outrank
 * "công đoàn" pages for `cong doan`.
 */
export function mergeHits<T extends Hit>(hits: readonly T[], phraseIds: ReadonlySet<string>): T[] {
  return hits
    .map((hit, index) => ({ hit, index, phrase: phraseIds.has(hit.id) ? 0 : 1 }))
    .sort((a, b) => a.phrase - b.phrase || b.hit.score - a.hit.score || a.index - b.index)
    .map(({ hit }) => hit);
}
