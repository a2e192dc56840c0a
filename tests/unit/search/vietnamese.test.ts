import { describe, expect, it } from 'vitest';
import { fold, fromIndexForm, hasAccents, toIndexForm } from '../../../src/lib/search/vietnamese.ts';

describe('index form (đ ↔ ď)', () => {
  it('maps đ and Đ to d/D with caron and back without loss', () => {
    const text = 'Đảng bộ, Công đoàn, LĐLĐ, 04/HD-LĐLĐ, đường';
    expect(toIndexForm(text)).toBe('Ďảng bộ, Công ďoàn, LĎLĎ, 04/HD-LĎLĎ, ďường');
    expect(fromIndexForm(toIndexForm(text))).toBe(text);
  });

  it('leaves every other letter alone', () => {
    const text = 'dương dang ĐÂY đây ơ ư ă â ê ô';
    expect(fromIndexForm(toIndexForm(text))).toBe(text);
    expect(toIndexForm('dương dang')).toBe('dương dang');
  });

  it('folds the index form to plain d exactly as Pagefind does (NFD, marks removed)', () => {
    // Pagefind relies on NFD: ď must decompose to d + caron, đ must not.
    expect('ď'.normalize('NFD').replace(/\p{M}/gu, '')).toBe('d');
    expect('đ'.normalize('NFD').replace(/\p{M}/gu, '')).toBe('đ');
  });
});

describe('fold', () => {
  it('removes accents, reads đ and ď as d and lowercases', () => {
    expect(fold('Đường Công Đoàn')).toBe('duong cong doan');
    expect(fold('Ďảng')).toBe('dang');
    expect(fold('Tiết kiệm, chống lãng phí')).toBe('tiet kiem, chong lang phi');
  });

  it('handles decomposed input the same as composed', () => {
    expect(fold('tiết'.normalize('NFD'))).toBe(fold('tiết'));
  });
});

describe('hasAccents', () => {
  it('tells accented from accent-free typing, đ included', () => {
    expect(hasAccents('cong doan')).toBe(false);
    expect(hasAccents('cong đoan')).toBe(true);
    expect(hasAccents('công doan')).toBe(true);
    expect(hasAccents('LDLD 763/KH-UBND')).toBe(false);
  });
});
