import { describe, expect, it } from 'vitest';
import { compareWindows, densestWindow, excerptHtml, rankSections } from '../../../src/lib/search/passage.ts';
import type { TermLocation } from '../../../src/lib/search/word-rule.ts';

const at = (location: number, term: number, exact = false): TermLocation => ({ location, term, exact });

describe('densestWindow', () => {
  it('prefers the most distinct terms, then the shortest span, then exact accents', () => {
    const found = [at(0, 0), at(10, 1), at(40, 0), at(41, 1), at(42, 2)];
    expect(densestWindow(found)).toMatchObject({ terms: 3, span: 3, first: 40, last: 42 });
    expect(densestWindow([])).toBeUndefined();
    expect(compareWindows({ terms: 2, span: 2, exact: 2, first: 0, last: 1 }, { terms: 2, span: 2, exact: 0, first: 5, last: 6 })).toBeLessThan(0);
    expect(compareWindows({ terms: 3, span: 20, exact: 0, first: 0, last: 19 }, { terms: 2, span: 2, exact: 2, first: 5, last: 6 })).toBeLessThan(0);
  });
});

describe('excerptHtml', () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);

  it('centres the excerpt on the densest window and marks only real matches', () => {
    const found = [at(3, 0), at(60, 0), at(61, 1)];
    expect(excerptHtml(words, found, { start: 0, end: 100 }, 6)).toBe('… w58 w59 <mark>w60</mark> <mark>w61</mark> w62 w63 …');
  });

  it('stays inside its section', () => {
    const found = [at(3, 0), at(60, 0), at(61, 1)];
    expect(excerptHtml(words, found, { start: 0, end: 5 }, 6)).toBe('w0 w1 w2 <mark>w3</mark> w4');
    expect(excerptHtml(words, found, { start: 58, end: 100 }, 4)).toBe('… w59 <mark>w60</mark> <mark>w61</mark> w62 …');
  });
});

describe('rankSections', () => {
  it('orders sections by match quality, not page order, and drops sections without a match', () => {
    const sections = [{ start: 0, name: 'intro' }, { start: 20, name: 'a' }, { start: 50, name: 'b' }, { start: 80, name: 'c' }];
    const found = [at(2, 0), at(25, 0), at(45, 1), at(55, 0), at(56, 1)];
    const ranked = rankSections(sections, [20, 50, 80], found, 100);
    expect(ranked.map((s) => s.name)).toEqual(['b', 'a', 'intro']);
    expect(ranked[0]!.stretch).toEqual({ start: 50, end: 80 });
  });
});

describe('densestWindow, bounded', () => {
  it('prefers a tight cluster of most words over all words spread across the page', () => {
    const found = [at(0, 3), at(500, 0), at(501, 1), at(502, 2), at(900, 0)];
    expect(densestWindow(found, 24)).toMatchObject({ terms: 3, first: 500, last: 502 });
  });
});
