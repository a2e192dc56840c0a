import { describe, expect, it } from 'vitest';
import { MAX_FRONTMATTER_BYTES, MAX_YAML_ALIASES, parseSourceFile } from '../../src/lib/content/source-file.ts';

const FILE = 'content/exemplars/mau-a/index.md';
const story = (frontmatter: string, body = 'Câu chuyện giả định.\n') => `---\n${frontmatter}\n---\n\n${body}`;
const read = (frontmatter: string) => parseSourceFile(FILE, story(frontmatter));

describe('parseSourceFile: the one YAML reading of the check and the build', () => {
  it('keeps date-looking values as strings (the schema decides what they mean)', () => {
    expect(read('title: 2024-07-15\npublishedOn: 2024-07-15').data).toEqual({ title: '2024-07-15', publishedOn: '2024-07-15' });
  });

  it.each([
    ['!!binary', 'title: !!binary 4bqgb8OgbmcgYsOq'],
    ['!!timestamp', 'title: !!timestamp 2024-07-15'],
    ['!!set', 'title: !!set {a, b}'],
    ['!!js/function', 'title: !!js/function "function () {}"'],
    ['!mau', 'title: !mau Đường bê tông'],
  ])('refuses the tag %s, naming the field', (tag, yaml) => {
    const source = read(yaml);
    expect(source.data).toBeUndefined();
    expect(source.problems).toEqual([expect.objectContaining({ line: 2, field: 'title', message: expect.stringContaining(`“${tag}”`) })]);
  });

  it('reads a merge key as an ordinary (unknown) key, never merging', () => {
    expect(read('a: &a {x: 1}\nb:\n  <<: *a\n  y: 2').data).toEqual({ a: { x: 1 }, b: { '<<': { x: 1 }, y: 2 } });
  });

  it('allows a few aliases but refuses an alias bomb, naming the field, without expanding it', () => {
    expect(read('a: &a x\nb: [*a, *a]').data).toEqual({ a: 'x', b: ['x', 'x'] });
    const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`)];
    const source = read(levels.join('\n'));
    expect(source.data).toBeUndefined();
    expect(source.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'l1', message: expect.stringContaining(`giới hạn ${MAX_YAML_ALIASES}`) }),
    ]);
  });

  it('refuses YAML nested too deep to read, without recursion', () => {
    const source = read(`title: ${'['.repeat(5000)}`);
    // One line, not the parser's thousands of follow-up errors.
    expect(source.problems).toEqual([expect.objectContaining({ field: 'title', message: expect.stringContaining('lồng nhau quá sâu') })]);
  });

  it('refuses a frontmatter over its size bound before parsing it', () => {
    const source = read(`summary: "${'a'.repeat(MAX_FRONTMATTER_BYTES)}"`);
    expect(source.problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining(`${MAX_FRONTMATTER_BYTES} byte`) })]);
  });

  it('reads a byte-order mark, CRLF and CR-only line endings like plain LF, with the same lines', () => {
    const plain = story('title: Mẫu A\nkind: tập thể', 'Đoạn một.\n\nĐoạn hai.\n');
    const lf = parseSourceFile(FILE, plain);
    for (const variant of [`\uFEFF${plain}`, plain.replaceAll('\n', '\r\n'), plain.replaceAll('\n', '\r')]) {
      const source = parseSourceFile(FILE, variant);
      expect(source.problems).toEqual([]);
      expect(source.data).toEqual(lf.data);
      expect(source.body).toBe(lf.body);
      expect(source.bodyLine).toBe(lf.bodyLine);
      expect(source.lineOf(['kind'])).toBe(3);
    }
  });
});
