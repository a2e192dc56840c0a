import { describe, expect, it } from 'vitest';
import { filterValue, sortFilterValues } from '../../../src/lib/search/filters.ts';
import { readSearchState, writeSearchState } from '../../../src/lib/search/url-state.ts';

describe('search address (?q=…&filters)', () => {
  it('round-trips the query and filters', () => {
    const state = { q: 'công đoàn', filters: { 'tai-lieu': ['Văn bản liên quan'], nam: ['2023', '2022'] } };
    const params = writeSearchState(state);
    expect(params.toString()).toBe('q=c%C3%B4ng+%C4%91o%C3%A0n&tai-lieu=V%C4%83n+b%E1%BA%A3n+li%C3%AAn+quan&nam=2023&nam=2022');
    expect(readSearchState(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('ignores unknown keys, empty values and duplicates, and trims the query', () => {
    expect(readSearchState(new URLSearchParams('q=%20763%20&x=1&nam=&nam=2023&nam=2023'))).toEqual({ q: '763', filters: { nam: ['2023'] } });
  });

  it('takes the material type as tai-lieu and the filters only links set (loai: a story\'s tập thể/cá nhân), in the page\'s order', () => {
    const state = readSearchState(new URLSearchParams('muc=M%E1%BB%A5c+1.4&loai=T%E1%BA%ADp+th%E1%BB%83&tai-lieu=C%C3%A2u+chuy%E1%BB%87n+%C4%91i%E1%BB%83n+h%C3%ACnh'));
    expect(state).toEqual({ q: '', filters: { muc: ['Mục 1.4'], loai: ['Tập thể'], 'tai-lieu': ['Câu chuyện điển hình'] } });
    expect(writeSearchState(state).toString()).toBe('tai-lieu=C%C3%A2u+chuy%E1%BB%87n+%C4%91i%E1%BB%83n+h%C3%ACnh&loai=T%E1%BA%ADp+th%E1%BB%83&muc=M%E1%BB%A5c+1.4');
  });

  it('omits an empty query', () => {
    expect(writeSearchState({ q: '  ', filters: {} }).toString()).toBe('');
  });
});

describe('filters', () => {
  it('makes values safe for inline data-pagefind-filter syntax', () => {
    expect(filterValue('Thực hành tiết kiệm, chống lãng phí')).toBe('Thực hành tiết kiệm – chống lãng phí');
    expect(filterValue(2023)).toBe('2023');
  });

  it("sorts years newest first and material types in the sidebar's order, general pages last", () => {
    expect(sortFilterValues('nam', ['2022', '2030', '2025'])).toEqual(['2030', '2025', '2022']);
    expect(sortFilterValues('tai-lieu', ['Trang chung', 'Văn bản liên quan', 'Trách nhiệm thực hiện', 'Toàn văn hướng dẫn', 'Khác'])).toEqual([
      'Toàn văn hướng dẫn',
      'Trách nhiệm thực hiện',
      'Văn bản liên quan',
      'Trang chung',
      'Khác',
    ]);
    expect(sortFilterValues('dia-ban', ['Đắk Hà', 'Kon Rẫy', 'Đăk Tô', 'Ia H’Drai'])).toEqual(['Đắk Hà', 'Đăk Tô', 'Ia H’Drai', 'Kon Rẫy']);
  });
});
