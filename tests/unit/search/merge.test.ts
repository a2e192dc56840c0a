import { describe, expect, it } from 'vitest';
import { mergeHits } from '../../../src/lib/search/merge.ts';

const hits = [
  { id: 'doanh-nghiep', score: 9 },
  { id: 'cong-doan-a', score: 5 },
  { id: 'giai-doan', score: 7 },
  { id: 'cong-doan-b', score: 6 },
];

describe('mergeHits', () => {
  it('puts side-by-side pages first, each group by score', () => {
    expect(mergeHits(hits, new Set(['cong-doan-a', 'cong-doan-b'])).map((h) => h.id)).toEqual([
      'cong-doan-b',
      'cong-doan-a',
      'doanh-nghiep',
      'giai-doan',
    ]);
  });

  it('orders by score alone when no page has the words side by side', () => {
    expect(mergeHits(hits, new Set()).map((h) => h.id)).toEqual(['doanh-nghiep', 'giai-doan', 'cong-doan-b', 'cong-doan-a']);
  });

  it('ignores ids the word pass did not return and keeps ties in Pagefind order', () => {
    const tied = [
      { id: 'a', score: 1 },
      { id: 'b', score: 1 },
    ];
    expect(mergeHits(tied, new Set(['zzz'])).map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('does not change the input', () => {
    const copy = [...hits];
    mergeHits(hits, new Set(['giai-doan']));
    expect(hits).toEqual(copy);
  });
});
