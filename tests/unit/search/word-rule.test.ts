import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../../../src/lib/search/query.ts';
import { toIndexForm } from '../../../src/lib/search/vietnamese.ts';
import { answers, pageTokens, queryTerms, termLocations, unansweredTerms } from '../../../src/lib/search/word-rule.ts';

const termsOf = (raw: string) => {
  const query = prepareQuery(raw)!;
  return queryTerms(query.words, query.typed, raw);
};

describe('queryTerms', () => {
  it('treats every word but the last as finished, and the last as finished after a space', () => {
    expect(termsOf('ca nhan tieu').map((t) => t.prefix)).toEqual([false, false, true]);
    expect(termsOf('ca nhan tieu ').map((t) => t.prefix)).toEqual([false, false, false]);
  });

  it('keeps the typed accents in the original form for the exact bonus', () => {
    expect(termsOf('Công đoàn').map((t) => [t.word, t.typed])).toEqual([['cong', 'công'], ['doan', 'đoàn']]);
  });
});

describe('answers: finished words whole, the last one as a prefix', () => {
  const [ca, the] = termsOf('ca the nhan');
  it('matches a finished syllable with any accents but never a longer word', () => {
    for (const word of ['cá', 'Ca', 'cà,', '“cả']) expect(answers(word, ca!)).not.toBe('none');
    for (const word of ['các', 'cấp', 'cao']) expect(answers(word, ca!)).toBe('none');
    expect(answers('thể', the!)).toBe('folded');
    expect(answers('Theo', the!)).toBe('none');
  });

  it('matches the word being typed as a prefix', () => {
    const [, last] = termsOf('tiet ki');
    expect(answers('kiệm', last!)).toBe('folded');
    expect(answers('kiểm', last!)).toBe('folded');
    expect(answers('tiết', last!)).toBe('none');
  });

  it('reads the index form (ď) like đ, and rates the same accents as exact', () => {
    const [dang] = termsOf('đảng ');
    expect(answers(toIndexForm('Đảng'), dang!)).toBe('exact');
    expect(answers('đang', dang!)).toBe('folded');
    const [plain] = termsOf('dang ');
    expect(answers(toIndexForm('Đảng'), plain!)).toBe('folded');
  });

  it('matches a directive number whole or by its parts', () => {
    const [number] = termsOf('763/KH-UBND ');
    expect(answers('763/KH-UBND,', number!)).not.toBe('none');
    const [kh] = termsOf('kh ubnd');
    expect(answers('763/KH-UBND', kh!)).not.toBe('none');
  });
});

describe('termLocations and unansweredTerms', () => {
  const text = toIndexForm('Khen thưởng kịp thời các tập thể, cá nhân tiêu biểu theo cấp');
  const tokens = pageTokens(text);
  const everyPosition = tokens.map((_, i) => i);

  it('keeps only the positions whose word answers a term under the whole-word rule', () => {
    const terms = termsOf('tap the ca nhan');
    const found = termLocations(tokens, everyPosition, terms);
    expect(found.map((l) => tokens[l.location])).toEqual(['tập', 'thể,', 'cá', 'nhân']);
    expect(unansweredTerms(found, terms)).toEqual([]);
  });

  it('names the terms a page answers only through longer words', () => {
    const terms = termsOf('ca the nhan');
    // What Pagefind marks for these prefixes on a page without "cá": các, thể, nhân, theo.
    const found = termLocations(tokens, [4, 6, 8, 11], terms);
    expect(found.map((l) => tokens[l.location])).toEqual(['thể,', 'nhân']);
    expect(unansweredTerms(found, terms)).toEqual([0]);
    expect(unansweredTerms(found, terms, ['Cá nhân tiêu biểu'])).toEqual([]);
  });
});
