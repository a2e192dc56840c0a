import { describe, expect, it } from 'vitest';
import { parentHeadingsOnce } from '../../src/lib/parent-headings.ts';

describe('parentHeadingsOnce', () => {
  it('prints each parent heading once, before the first body under it', () => {
    const lđt = { id: 'lien-doan-lao-dong-tinh' };
    const other = { id: 'khac' };
    const next = parentHeadingsOnce<{ id: string }>();
    expect([undefined, lđt, lđt, other, lđt].map(next)).toEqual([undefined, lđt, undefined, other, undefined]);
  });

  it('starts afresh for each page', () => {
    const parent = { id: 'a' };
    expect(parentHeadingsOnce()(parent)).toBe(parent);
    expect(parentHeadingsOnce()(parent)).toBe(parent);
  });
});
