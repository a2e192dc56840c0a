import { describe, expect, it } from 'vitest';
import { fill, templateParts } from '../../../src/lib/i18n/fill.ts';

describe('fill', () => {
  it('puts each value in its placeholder, as often as it occurs', () => {
    expect(fill('{count} kết quả cho {query}.', { count: 3, query: '“cong doan”' })).toBe('3 kết quả cho “cong doan”.');
    expect(fill('{a}–{a}', { a: 'x' })).toBe('x–x');
  });

  it('writes numbers the Vietnamese way', () => {
    expect(fill('{count} trang', { count: 12345 })).toBe('12.345 trang');
  });

  it('leaves a template without placeholders as it is', () => {
    expect(fill('Không có kết quả nào.', {})).toBe('Không có kết quả nào.');
  });

  it('does not read placeholders inside the values it puts in', () => {
    expect(fill('{query}', { query: '{count}' })).toBe('{count}');
  });

  it('throws on a placeholder without a value instead of showing it to a reader', () => {
    const template: string = '{count} kết quả';
    expect(() => fill(template, {} as never)).toThrow('No value for {count} in "{count} kết quả".');
  });
});

describe('templateParts', () => {
  it('cuts a template at its placeholders, keeping the text between them', () => {
    expect(templateParts('Đã kết thúc {previous}; sắp tới là {next} ({span}).')).toEqual([
      'Đã kết thúc ',
      { name: 'previous' },
      '; sắp tới là ',
      { name: 'next' },
      ' (',
      { name: 'span' },
      ').',
    ]);
  });

  it('has no empty text at the ends or between adjacent placeholders', () => {
    expect(templateParts('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(templateParts('Không còn mốc nào phía trước.')).toEqual(['Không còn mốc nào phía trước.']);
  });
});
