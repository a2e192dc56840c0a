import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { httpsUrl, text } from '../../src/lib/schemas/common.ts';
import { exemplarSchema } from '../../src/lib/schemas/exemplars.ts';
import { stringFields, valuesAt } from '../../src/lib/schemas/fields.ts';
import { plainRef } from '../../src/lib/schemas/refs.ts';
import { escapeHeadText } from '../../src/lib/seo/head.ts';
import { findBodyProblems } from '../../src/lib/stories/body-problems.ts';
import { isValidComment } from '../../src/lib/stories/markdown.ts';
import { openDataJson } from '../../src/lib/stories/open-data.ts';
import { publishedMarkdown } from '../../src/lib/stories/published-markdown.ts';
import { findHiddenCharacter } from '../../src/lib/text/hidden-characters.ts';
import { findMarkup } from '../../src/lib/text/markup.ts';
import { httpsUrlProblem, isSafeLink } from '../../src/lib/text/safe-url.ts';

const REFUSED_URLS = {
  'javascript:alert(1)': 'scheme',
  'JaVaScRiPt:alert(1)': 'scheme',
  'vbscript:msgbox(1)': 'scheme',
  'data:text/html,<script>alert(1)</script>': 'scheme',
  'file:///etc/passwd': 'scheme',
  'http://example.org/bao-cao': 'scheme',
  'ftp://example.org/': 'scheme',
  'https://nguoi:matkhau@example.org/': 'credentials',
  'https://nguoi@example.org/': 'credentials',
  ' https://example.org/': 'not-url',
  'https://exa mple.org/': 'not-url',
  'java\tscript:alert(1)': 'not-url',
  'https:example.org': 'not-url',
  '//evil.example/': 'not-url',
  'example.org': 'not-url',
} as const;

describe('httpsUrlProblem: one allow-list for every address from a story', () => {
  it('accepts plain https addresses', () => {
    for (const ok of ['https://example.org', 'https://example.org/bao-cao?id=1#muc', 'HTTPS://EXAMPLE.ORG/', 'https://xn--lin-on-lao-ng-wcb.vn/']) {
      expect(httpsUrlProblem(ok), ok).toBeUndefined();
    }
  });

  it.each(Object.entries(REFUSED_URLS))('refuses %s (%s)', (url, problem) => {
    expect(httpsUrlProblem(url)).toBe(problem);
  });

  it('says why in Vietnamese, in the schema', () => {
    const message = (url: string) => httpsUrl.safeParse(url).error?.issues[0]?.message ?? '';
    expect(message('javascript:alert(1)')).toContain('Chỉ nhận đường dẫn bắt đầu bằng https://');
    expect(message('http://example.org')).toContain('“http:”');
    expect(message('https://a:b@example.org')).toContain('tên đăng nhập hoặc mật khẩu');
    expect(httpsUrl.safeParse('https://example.org/').success).toBe(true);
  });
});

describe('isSafeLink: links in a story body', () => {
  it('allows https, e-mail, telephone and this site’s pages and pictures', () => {
    for (const ok of ['https://a.vn', 'mailto:a@b.vn', 'tel:0260', '/cau-chuyen/', '#muc', 'trang/2/', './anh.jpg', '']) {
      expect(isSafeLink(ok), ok).toBe(true);
    }
  });

  it('refuses scripts, other schemes, other hosts and credentials', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:x',
      'java\nscript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'http://a.vn',
      'https://u:p@a.vn',
      '//evil.example',
      '\\\\evil.example',
      '/\\evil.example',
    ]) {
      expect(isSafeLink(bad), bad).toBe(false);
    }
  });
});

describe('text: control and invisible characters', () => {
  const message = (s: string) => text.safeParse(s).error?.issues.map((i) => i.message).join(' | ') ?? '';

  it('keeps Vietnamese, tabs and line breaks', () => {
    for (const ok of ['Đường bê tông thôn Mẫu A, Đắk Glei', 'Ưu tiên ơn nghĩa: đạt 1,2 km', 'Dòng một\nDòng hai\tcột', '“Trích” — chú thích; 5 % < 10 %']) {
      expect(text.safeParse(ok).success, ok).toBe(true);
      expect(findHiddenCharacter(ok), ok).toBeUndefined();
    }
  });

  it.each([
    ['NUL', 'A\u0000B', 'U+0000'],
    ['ESC', 'Tóm tắt\u001b[31m', 'U+001B'],
    ['CR', 'A\rB', 'U+000D'],
    ['C1', 'A\u0085B', 'U+0085'],
    ['right-to-left override', 'Mẫu \u202Egnóht', 'U+202E'],
    ['isolate', 'Mẫu \u2066A\u2069', 'U+2066'],
    ['zero-width space', 'Công\u200Bđoàn', 'U+200B'],
    ['zero-width joiner', 'Công\u200Dđoàn', 'U+200D'],
    ['word joiner', 'Công\u2060đoàn', 'U+2060'],
    ['byte order mark', 'Công\uFEFFđoàn', 'U+FEFF'],
    ['lone surrogate', 'A\uD800B', 'U+D800'],
    ['tag character', 'A\u{E0041}B', 'U+E0041'],
  ])('refuses %s, naming it and where it is', (_name, value, codePoint) => {
    const said = message(value);
    expect(said).toContain(`Có ký tự ẩn hoặc ký tự điều khiển (${codePoint}`);
    expect(said).toContain('gõ lại');
    expect(findHiddenCharacter(value)!.after).toBe(value.slice(0, value.search(/[^\p{L}\p{N} \t\n]/u)).slice(-20));
  });
});

describe('findMarkup', () => {
  it('finds what an HTML parser would read as markup', () => {
    expect(findMarkup('</title><meta http-equiv="refresh">')).toBe('</title>');
    expect(findMarkup('A "><img src=x onerror=alert(1)>')).toBe('<img');
    expect(findMarkup('Chú thích <!-- x -->')).toBe('<!--');
    expect(findMarkup('<?xml')).toBe('<?xml');
  });

  it('leaves comparisons and plain text alone', () => {
    for (const ok of ['Giảm < 5 %', 'Tỉ lệ <3 lần', 'A > B', 'Mẫu A & B']) expect(findMarkup(ok), ok).toBeUndefined();
  });
});

describe('isValidComment: a note to editors that cannot end early', () => {
  it('accepts ordinary comments', () => {
    for (const ok of ['<!-- ghi chú -->', '<!---->', '<!-- a - b -->', '<!-- a --->']) expect(isValidComment(ok), ok).toBe(true);
  });

  it('refuses comments a browser would end before their “-->”', () => {
    for (const bad of ['<!-- a --!> <img src=x onerror=alert(1)> -->', '<!--><img src=x>-->', '<!---><b>-->', '<!-- <!-- -->', '<!-- a <!--->']) {
      expect(isValidComment(bad), bad).toBe(false);
    }
  });

  it('makes the check name the comment breakout', () => {
    const found = findBodyProblems('Đoạn đầu.\n\n<!-- ghi chú --!> <img src=x onerror=alert(1)> -->\n', { imageExists: () => false });
    expect(found.map((p) => p.message)).toEqual([expect.stringContaining('“--!>”')]);
  });
});

describe('escapeHeadText: Starlight writes head content raw', () => {
  it('escapes the <title> and leaves code entries alone', () => {
    const head = [
      { tag: 'title', content: '</title><meta http-equiv="refresh" content="0;url=https://evil.example/"> & | Trang' },
      { tag: 'script', content: 'if(a<b&&c)x()' },
      { tag: 'meta' },
    ];
    escapeHeadText(head);
    expect(head[0]!.content).toBe('&lt;/title&gt;&lt;meta http-equiv="refresh" content="0;url=https://evil.example/"&gt; &amp; | Trang');
    expect(head[1]!.content).toBe('if(a<b&&c)x()');
  });
});

describe('stringFields: every text and URL field of the story schema', () => {
  const fields = stringFields(exemplarSchema({ ref: plainRef, image: () => z.string() }));

  it('finds the fields without a list to keep up to date', () => {
    const paths = fields.map((f) => `${f.path.join('.')}:${f.kind}`);
    expect(paths).toContain('title:text');
    expect(paths).toContain('figures.*.label:text');
    expect(paths).toContain('sources.*.url:https-url');
    expect(paths).not.toContain('kind:text');
    expect(paths.length).toBeGreaterThanOrEqual(14);
  });

  it('reads the values at a path, with their concrete place', () => {
    const data = { sources: [{ title: 'A' }, { title: 'B', url: 'https://a.vn' }] };
    expect(valuesAt(data, ['sources', '*', 'url'])).toEqual([{ path: ['sources', 1, 'url'], value: 'https://a.vn' }]);
  });
});

describe('publishedMarkdown: the body in the open data carries no more than the page', () => {
  const md = [
    'Đoạn **đầu** [nguồn](https://example.org) và [bấm](javascript:alert(1)) <img src=x onerror=alert(1)> cuối.',
    '<!-- ghi chú --!> <b>x</b> -->',
    'A<br>B ![xa](https://evil.example/x.png) ![gần](./anh.jpg)',
    '[r]: vbscript:msgbox(1)',
    '- một <script>alert(1)</script>',
  ].join('\n\n');
  const out = publishedMarkdown(md);

  it('drops raw HTML, comments, unsafe links and remote pictures', () => {
    expect(out).not.toMatch(/<img|<!--|--!>|<script|<b>|javascript:|vbscript:|evil\.example/);
  });

  it('keeps the editor’s Markdown byte for byte otherwise', () => {
    expect(out).toContain('Đoạn **đầu** [nguồn](https://example.org) và bấm  cuối.');
    expect(out).toContain('A<br>B  ![gần](./anh.jpg)');
    expect(out).toContain('- một alert(1)');
    expect(publishedMarkdown('## Cách làm\n\nVăn bản thường.\n')).toBe('## Cách làm\n\nVăn bản thường.\n');
  });
});

describe('openDataJson', () => {
  it('escapes what could end a script element, and the values round-trip', () => {
    const value = { title: '</script><!-- & -->\u2028' };
    const json = openDataJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
