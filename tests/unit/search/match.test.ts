import { describe, expect, it } from 'vitest';
import { indexedForms, missingWords } from '../../../src/lib/search/match.ts';
import { queryWords } from '../../../src/lib/search/query.ts';
import { toIndexForm } from '../../../src/lib/search/vietnamese.ts';

describe('indexedForms', () => {
  it('holds the joined word and its parts, folded, as Pagefind indexes them', () => {
    const forms = indexedForms('Kế hoạch số 763/KH-UBND của LĐLĐ');
    for (const form of ['ke', 'hoach', 'so', '763khubnd', '763', 'kh', 'ubnd', 'cua', 'ldld']) expect(forms).toContain(form);
  });

  it('reads text in index form (ď) like the original (đ)', () => {
    expect(indexedForms(toIndexForm('Công đoàn'))).toEqual(indexedForms('Công đoàn'));
  });
});

describe('missingWords', () => {
  const page = toIndexForm('Hướng dẫn số 04/HD-LĐLĐ về Công đoàn các cấp, tiết kiệm, chống lãng phí');

  it('is empty when every word begins some word of the page', () => {
    expect(missingWords(queryWords('cong doan'), [page])).toEqual([]);
    expect(missingWords(queryWords('tiet kie'), [page])).toEqual([]);
    expect(missingWords(queryWords('04/HD-LDLD'), [page])).toEqual([]);
    expect(missingWords(queryWords('ldld'), [page])).toEqual([]);
  });

  it('names each word that no word of the page begins with', () => {
    expect(missingWords(queryWords('cong xyzqq'), [page])).toEqual(['xyzqq']);
    expect(missingWords(queryWords('doanh nghiep'), [page])).toEqual(['doanh', 'nghiep']);
  });

  it('does not accept a word that only contains the query word in its middle', () => {
    expect(missingWords(queryWords('KH-UBND'), ['763/KH-UBND'])).toEqual(['khubnd']);
    expect(missingWords(queryWords('ubnd'), ['763/KH-UBND'])).toEqual([]);
  });

  it('also looks in metadata such as the title', () => {
    expect(missingWords(['ke', 'hoach'], ['không liên quan', 'Kế hoạch số 763/KH-UBND'])).toEqual([]);
  });
});
