import { describe, expect, it } from 'vitest';
import { filterRequest } from '../../../src/lib/search/filters.ts';

const selected = { 'tai-lieu': ['Văn bản liên quan', 'Giai đoạn'], nam: ['2023'] };
const countOnly = { none: ['~'] };

describe('filterRequest', () => {
  it('combines the values of a key with "any of" and sends only selected keys when not counting', () => {
    expect(filterRequest(selected, false)).toEqual({ 'tai-lieu': { any: ['Văn bản liên quan', 'Giai đoạn'] }, nam: { any: ['2023'] } });
    expect(filterRequest({}, false)).toEqual({});
  });

  it('adds every other key with a filter that excludes nothing, so Pagefind counts it', () => {
    expect(filterRequest(selected, true)).toEqual({
      'tai-lieu': { any: ['Văn bản liên quan', 'Giai đoạn'] },
      'giai-doan': countOnly,
      'linh-vuc': countOnly,
      'dia-ban': countOnly,
      nam: { any: ['2023'] },
    });
  });

  it('never counts a key that only links set (its values are not offered as choices), but applies it', () => {
    expect(filterRequest({ muc: ['Mục 1.4'] }, true)).toEqual({
      'tai-lieu': countOnly,
      'giai-doan': countOnly,
      'linh-vuc': countOnly,
      'dia-ban': countOnly,
      nam: countOnly,
      muc: { any: ['Mục 1.4'] },
    });
  });

  it("counts a key without its own selection but with the other keys' selections", () => {
    expect(filterRequest(selected, true, 'tai-lieu')).toEqual({
      'tai-lieu': countOnly,
      'giai-doan': countOnly,
      'linh-vuc': countOnly,
      'dia-ban': countOnly,
      nam: { any: ['2023'] },
    });
  });
});
