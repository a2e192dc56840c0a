import { describe, expect, it } from 'vitest';
import { foldVietnamese, SLUG_MAX, SLUG_PATTERN, slugify, uniqueSlug } from '../../src/lib/text/slug.ts';

describe('slugify', () => {
  it('folds Vietnamese marks and maps đ/Đ to d', () => {
    expect(slugify('Đường bê tông về bản Đắk Glei')).toBe('duong-be-tong-ve-ban-dak-glei');
    expect(foldVietnamese('Công đoàn cơ sở Mẫu A')).toBe('Cong doan co so Mau A');
    expect(slugify('Tiết kiệm 120 triệu đồng')).toBe('tiet-kiem-120-trieu-dong');
  });

  it('gives the same slug for precomposed (NFC) and decomposed (NFD) input', () => {
    const nfc = 'Thực hành tiết kiệm';
    expect(slugify(nfc.normalize('NFD'))).toBe(slugify(nfc));
    expect(slugify(nfc)).toBe('thuc-hanh-tiet-kiem');
  });

  it('drops punctuation and joins words with single hyphens', () => {
    expect(slugify('  “Xanh – Sạch – Đẹp”: 3 năm!  ')).toBe('xanh-sach-dep-3-nam');
    expect(slugify("Ia H'Drai")).toBe('ia-hdrai');
    expect(slugify('LĐLĐ huyện/thành phố')).toBe('ldld-huyen-thanh-pho');
  });

  it('always produces a valid slug and cuts long titles at a word boundary', () => {
    const long = slugify('Công đoàn cơ sở Mẫu A sửa chữa đường giao thông nông thôn và nhà văn hoá thôn trong ba năm liền');
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(long).toMatch(SLUG_PATTERN);
    expect(long.endsWith('-')).toBe(false);
    expect('cong-doan-co-so-mau-a-sua-chua-duong-giao-thong-nong-thon-va-nha'.startsWith(long)).toBe(true);
  });

  it('returns an empty string when nothing is left, so callers can ask for a title', () => {
    expect(slugify('!!! ???')).toBe('');
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers a taken one', () => {
    expect(uniqueSlug('a', new Set())).toBe('a');
    expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});
