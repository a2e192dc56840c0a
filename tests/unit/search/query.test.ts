import { describe, expect, it } from 'vitest';
import { normalizeQuery, prepareQuery, queryWords, TYPING_DELAY, typingDelay } from '../../../src/lib/search/query.ts';

describe('prepareQuery', () => {
  it('returns nothing for an empty or punctuation-only query', () => {
    expect(prepareQuery('')).toBeUndefined();
    expect(prepareQuery('   ')).toBeUndefined();
    expect(prepareQuery(' / - ')).toBeUndefined();
  });

  it('maps đ to the index form in the term, keeping the rest as typed', () => {
    const query = prepareQuery('  Công   đoàn ')!;
    expect(query.term).toBe('Công ďoàn');
    expect(query.words).toEqual(['cong', 'doan']);
    expect(query.typed).toEqual(['Công', 'đoàn']);
  });

  it('drops quotes the reader typed: Pagefind would score a quoted search 1.0 for every page', () => {
    expect(prepareQuery('"cong doan"')!.term).toBe('cong doan');
    expect(prepareQuery('“Đảng bộ”')!.term).toBe('Ďảng bộ');
  });

  it('keeps directive numbers joined and offers their parts as a fallback', () => {
    const query = prepareQuery('04/HD-LĐLĐ')!;
    expect(query.term).toBe('04/HD-LĎLĎ');
    expect(query.words).toEqual(['04hdldld']);
    expect(query.splitTerm).toBe('04 HD LĎLĎ');
    expect(query.splitWords).toEqual(['04', 'hd', 'ldld']);
    expect(query.splitTyped).toEqual(['04', 'HD', 'LĐLĐ']);
    expect(prepareQuery('KH-UBND 763')!.splitWords).toEqual(['kh', 'ubnd', '763']);
  });

  it('offers no fallback when no word has inner punctuation', () => {
    expect(prepareQuery('763')!.splitTerm).toBeUndefined();
    expect(prepareQuery('tiết kiệm,')!.splitTerm).toBeUndefined();
  });

  it('normalises decomposed Unicode to NFC', () => {
    expect(prepareQuery('tiết'.normalize('NFD'))!.term).toBe('tiết');
  });
});

describe('queryWords / normalizeQuery', () => {
  it('folds, strips punctuation and drops empty words', () => {
    expect(queryWords('Tiết kiệm, chống - lãng phí!')).toEqual(['tiet', 'kiem', 'chong', 'lang', 'phi']);
    expect(normalizeQuery(' a \n b ')).toBe('a b');
  });
});

describe('typingDelay', () => {
  it('waits for a pause when the last word being typed has one or two characters', () => {
    expect(typingDelay('c')).toBe(TYPING_DELAY.shortWord);
    expect(typingDelay('co')).toBe(TYPING_DELAY.shortWord);
    expect(typingDelay('cong d')).toBe(TYPING_DELAY.shortWord);
    expect(typingDelay('cong do')).toBe(TYPING_DELAY.shortWord);
    expect(typingDelay('Đảng bộ')).toBe(TYPING_DELAY.shortWord);
    expect(typingDelay('giai doan 1')).toBe(TYPING_DELAY.shortWord);
  });

  it('searches almost at once otherwise', () => {
    expect(typingDelay('con')).toBe(TYPING_DELAY.normal);
    expect(typingDelay('cong doa')).toBe(TYPING_DELAY.normal);
    expect(typingDelay('cong ')).toBe(TYPING_DELAY.normal);
    expect(typingDelay('bộ ')).toBe(TYPING_DELAY.normal);
    expect(typingDelay('763/KH-UBND')).toBe(TYPING_DELAY.normal);
    expect(typingDelay('')).toBe(TYPING_DELAY.normal);
  });
});
