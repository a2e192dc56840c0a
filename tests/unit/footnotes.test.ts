import { describe, expect, it } from 'vitest';
import { splitFootnoteRefs, stripFootnoteRefs } from '../../src/lib/text/footnotes.ts';

describe('footnote markers', () => {
  it('splits text around [^n] markers', () => {
    expect(splitFootnoteRefs('nhiệm kỳ 2023-2028[^1].')).toEqual([
      { type: 'text', value: 'nhiệm kỳ 2023-2028' },
      { type: 'footnote', id: '1' },
      { type: 'text', value: '.' },
    ]);
    expect(splitFootnoteRefs('không có chú thích')).toEqual([{ type: 'text', value: 'không có chú thích' }]);
    expect(splitFootnoteRefs('[^2]')).toEqual([{ type: 'footnote', id: '2' }]);
  });

  it('strips markers for plain-text uses', () => {
    expect(stripFootnoteRefs('a[^1] b[^12]')).toBe('a b');
  });
});
