import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findBodyProblems } from '../../src/lib/stories/body-problems.ts';
import { renderStoryBody, storyImageFiles } from '../../src/lib/stories/render-body.ts';

const images = new Map([['anh.jpg', { src: '/_astro/anh.abc.webp', width: 800, height: 500 }]]);
const render = (md: string) => parseHTML(`<main>${renderStoryBody(md, { images })}</main>`).document;

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">bấm</a>',
  '[bấm](javascript:alert(1))',
  '[bấm](JaVa\tScRiPt:alert(1))',
  '<javascript:alert(1)>',
  '[x][r]\n\n[r]: javascript:alert(2)',
  '<iframe src="https://example.org"></iframe>',
  '<svg onload=alert(1)>',
  '<style>body{display:none}</style>',
  '![x](javascript:alert(1))',
  '<div style="position:fixed">x</div>',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
].join('\n\n');

describe('renderStoryBody: defence in depth, whatever the check let through', () => {
  const doc = render(HOSTILE);

  it('never outputs script, frames, styles or event handlers', () => {
    expect(doc.querySelectorAll('script, iframe, style, svg, object, embed').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        expect(attr.name).not.toBe('style');
      }
    }
  });

  it('keeps only https, e-mail, telephone and site links', () => {
    for (const a of doc.querySelectorAll('[href], [src]')) {
      const url = a.getAttribute('href') ?? a.getAttribute('src')!;
      expect(url, url).toMatch(/^(https:|mailto:|tel:|\/|#)/);
    }
    const values = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
    expect(values.filter((v) => /javascript:|data:/i.test(v))).toEqual([]);
  });

  it('escapes what looks like code in text instead of running it', () => {
    const html = renderStoryBody('Năm {new Date().getFullYear()} & <b', { images });
    expect(html).toContain('{new Date().getFullYear()}');
    expect(html).toContain('&#x26; &#x3C;b');
  });
});

describe('renderStoryBody: the editor components', () => {
  it('turns a lone picture with a title into a figure with a caption', () => {
    const doc = render('![Đường mới](./anh.jpg "Ảnh chụp tháng 6")');
    const figure = doc.querySelector('figure.story-figure')!;
    expect(figure.querySelector('img')!.getAttribute('src')).toBe('/_astro/anh.abc.webp');
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('Đường mới');
    expect(figure.querySelector('img')!.getAttribute('width')).toBe('800');
    expect(figure.querySelector('figcaption')!.textContent).toBe('Ảnh chụp tháng 6');
  });

  it('drops a picture that is not a processed file beside the story', () => {
    const doc = render('![a](./khong-co.jpg)\n\n![b](https://example.org/x.jpg)');
    expect(doc.querySelectorAll('img').length).toBe(0);
  });

  it('turns a quote ending in a dash line into a quote with its speaker', () => {
    const doc = render('> Làm đường cho thôn.\n>\n> — Chị Mẫu, tổ trưởng');
    const figure = doc.querySelector('figure.story-quote')!;
    expect(figure.querySelector('blockquote')!.textContent!.trim()).toBe('Làm đường cho thôn.');
    expect(figure.querySelector('figcaption')!.textContent).toBe('— Chị Mẫu, tổ trưởng');
  });

  it('renders headings below the page title and keeps comments out of the page', () => {
    const doc = render('# Một\n\n## Hai\n\n### Ba\n\nChữ<br>xuống dòng <!-- ghi chú cho người duyệt -->');
    expect([...doc.querySelectorAll('h1, h2, h3, h4')].map((h) => h.tagName)).toEqual(['H3', 'H3', 'H4']);
    expect(doc.querySelector('br')).not.toBeNull();
    expect(doc.querySelector('main')!.innerHTML).not.toContain('ghi chú');
  });

  it('lists the picture files a body needs', () => {
    expect(storyImageFiles('![a](./anh.jpg)\n\n![b](./anh.jpg) ![c](https://x.org/y.jpg)')).toEqual(['anh.jpg']);
  });
});

describe('findBodyProblems', () => {
  const problems = (md: string) => findBodyProblems(md, { imageExists: (f) => f === 'anh.jpg' });

  it('accepts plain Markdown with the editor components and allowed HTML', () => {
    expect(
      problems('Chữ **đậm**, [liên kết](https://example.org), thư [gửi](mailto:a@b.vn).\n\n![Ảnh](./anh.jpg "Chú thích")\n\n> Lời.\n>\n> — Người nói\n\n<!-- ghi chú -->\n\nA<br>B'),
    ).toEqual([]);
  });

  it('reports each unsafe construct on its own line', () => {
    const found = problems(HOSTILE);
    const lines = new Set(found.map((p) => p.line));
    // 13 constructs, one per paragraph (the reference definition shares the [x][r] block's count).
    expect(lines.size).toBeGreaterThanOrEqual(12);
    expect(found.every((p) => p.message && p.fix)).toBe(true);
  });

  it('flags MDX syntax that plain Markdown would show as text', () => {
    expect(problems("import X from 'y'")[0]!.message).toContain('import');
    expect(problems('export default 1')[0]!.message).toContain('export');
    expect(problems('Có {x} ở đây')[0]!.message).toContain('ngoặc nhọn');
    expect(problems('<Quote>Lời</Quote>')[0]!.message).toContain('<Quote>');
  });

  it('reports a picture without a description and a missing file', () => {
    expect(problems('![](./anh.jpg)').map((p) => p.message)).toEqual([expect.stringContaining('thiếu mô tả')]);
    expect(problems('![Ảnh](./mat.jpg)').map((p) => p.message)).toEqual([expect.stringContaining('“mat.jpg”')]);
  });
});
