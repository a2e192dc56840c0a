import { describe, expect, it } from 'vitest';
import { sideBySideIds } from '../../../src/lib/search/phrase.ts';

const hits = [
  { id: 'cong-doan', words: [40, 3, 4, 17] },
  { id: 'apart', words: [3, 5, 9, 30] },
  { id: 'three', words: [12, 10, 11] },
  { id: 'empty', words: [] },
];

describe('sideBySideIds', () => {
  it('finds pages where two matched words are neighbours, in any order of the positions', () => {
    expect([...sideBySideIds(hits, 2)]).toEqual(['cong-doan', 'three']);
  });

  it('needs a run as long as the query', () => {
    expect([...sideBySideIds(hits, 3)]).toEqual(['three']);
    expect([...sideBySideIds(hits, 4)]).toEqual([]);
  });

  it('has nothing to rank for a one-word query', () => {
    expect(sideBySideIds(hits, 1).size).toBe(0);
  });

  it('counts a position matched by two query words once', () => {
    expect(sideBySideIds([{ id: 'a', words: [7, 7, 8] }], 3).size).toBe(0);
  });
});
