import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, findBodyLimitProblems } from '../../src/lib/stories/body-limits.ts';
import { findBodyProblems } from '../../src/lib/stories/body-problems.ts';
import { parseStoryBody, StoryBodyLimitError } from '../../src/lib/stories/markdown.ts';
import { renderStoryBody } from '../../src/lib/stories/render-body.ts';

const STORY = '## Kết quả\n\nĐoạn văn có **chữ đậm**, *nghiêng* và [liên kết](https://example.org).\n\n- một\n  - hai\n    - ba\n\n> Lời trích.\n>\n> — Chị Trần Thị Mẫu\n\n* * *\n';

describe('findBodyLimitProblems: bounds checked before any parsing', () => {
  it('accepts an ordinary story, nested lists, quotes and a thematic break included', () => {
    expect(findBodyLimitProblems(STORY)).toEqual([]);
    expect(findBodyLimitProblems(`${'- '.repeat(BODY_LIMITS.nesting - 1)}x`)).toEqual([]);
    expect(findBodyLimitProblems(`${'* '.repeat(500)}\n`)).toEqual([]);
  });

  it.each([
    ['3,000 list markers on one line', `Mở đầu.\n\n${'- '.repeat(3000)}x`, 3, `${BODY_LIMITS.nesting} tầng`],
    ['20,000 “>”', `${'>'.repeat(20_000)} x`, 1, `${BODY_LIMITS.nesting} tầng`],
    ['lists nested by indentation', Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), 7, `${BODY_LIMITS.nesting} tầng`],
    ['100,000 “>” (over the size bound)', '>'.repeat(100_000), 1, `${BODY_LIMITS.bytes.toLocaleString('vi-VN')} byte`],
    ['5,000 setext headings', 'a\n=\n'.repeat(5000), BODY_LIMITS.lines + 1, `${BODY_LIMITS.lines} dòng`],
    ['25,000 emphasis marks in one paragraph', `Mở đầu.\n\n${'*a'.repeat(25_000)}`, 3, 'dấu định dạng'],
  ])('refuses %s, at the line where it starts', (_name, markdown, line, says) => {
    const problems = findBodyLimitProblems(markdown);
    expect(problems).toEqual([expect.objectContaining({ line, message: expect.stringContaining(says) })]);
    // The check reports the bound and nothing else: the body was never parsed.
    expect(findBodyProblems(markdown, { imageExists: () => true })).toEqual(problems);
  });

  it('counts bytes, not characters: Vietnamese text is up to three bytes a letter', () => {
    const text = 'ữ'.repeat(Math.ceil(BODY_LIMITS.bytes / 3) + 1);
    expect(text.length).toBeLessThan(BODY_LIMITS.bytes);
    expect(findBodyLimitProblems(text)[0]?.message).toContain('byte');
  });

  it('makes the parser and the renderer refuse an over-limit body instead of parsing it (a build with --skip-check)', () => {
    const hostile = `${'- '.repeat(3000)}x`;
    expect(() => parseStoryBody(hostile)).toThrow(StoryBodyLimitError);
    expect(() => renderStoryBody(hostile, { images: new Map() })).toThrow(`vượt giới hạn ${BODY_LIMITS.nesting} tầng`);
  });
});
