import { describe, expect, it } from 'vitest';
import { judge, median, summarise, type RunResult } from '../../src/lib/quality/budgets.ts';

const run = (lcpMs: number, bytes = 20_000, performance = 100): RunResult => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcpMs,
  bytes,
});
const budget = { minScore: 100, maxLcpMs: 1000, maxBytes: 60 * 1024 };

describe('median', () => {
  it('takes the middle of an odd count and the mean of the middle pair otherwise', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('judge', () => {
  it('passes pages whose median meets every budget, even if one run missed', () => {
    const verdict = judge([summarise('/', [run(900), run(1400), run(950)])], budget);
    expect(verdict.failures).toEqual([]);
  });

  it('fails a page over a budget and says which and by how much', () => {
    const verdict = judge([summarise('/huong-dan/', [run(1100, 70 * 1024, 98)])], budget);
    expect(verdict.failures).toEqual([
      '/huong-dan/: performance 98, budget ≥ 100',
      '/huong-dan/: lcp 1100 ms, budget ≤ 1000 ms',
      '/huong-dan/: bytes 70.0 KiB, budget ≤ 60 KiB',
    ]);
  });

  it('lets a waiver relax a budget to its interim limit, but no further', () => {
    const waiver = { metric: 'lcp' as const, limit: 1300, reason: 'stock search' };
    const verdict = judge([summarise('/a/', [run(1200)]), summarise('/b/', [run(1350)])], budget, [waiver]);
    expect(verdict.waived).toEqual(['/a/: lcp 1200 ms, budget ≤ 1000 ms (waived to ≤ 1300 ms: stock search)']);
    expect(verdict.failures).toEqual(['/b/: lcp 1350 ms, budget ≤ 1000 ms, and over the interim limit ≤ 1300 ms of its waiver']);
    expect(verdict.unneededWaivers).toEqual([]);
  });

  it('names a waiver that no page needs any more', () => {
    const waiver = { metric: 'lcp' as const, limit: 1300, reason: 'stock search' };
    expect(judge([summarise('/', [run(800)])], budget, [waiver]).unneededWaivers).toEqual([waiver]);
  });
});
