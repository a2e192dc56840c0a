import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentLiterals, hasVietnamese, pageLiterals, scriptLiterals, type Literal } from '../../src/lib/quality/interface-text.ts';
import { ROOT } from '../support/paths.ts';

const texts = (literals: Literal[]) => literals.map(({ text }) => text);

describe('what counts as Vietnamese', () => {
  it('is a letter with a diacritic, or đ, in either Unicode form', () => {
    for (const text of ['Tìm', 'đ', 'Đóng', 'Tìm'.normalize('NFD'), 'ơ']) expect(hasVietnamese(text), text).toBe(true);
    for (const text of ['cong doan', '“KH-UBND” ← ↩ → · – …', '763/KH-UBND']) expect(hasVietnamese(text), text).toBe(false);
  });
});

describe('client scripts', () => {
  it('report strings, templates and regular expressions, with their line', () => {
    const code = `// Comments may say đ → ď.\nconst a = 'Đang tải';\nconst b = \`\${n} kết quả\`;\nconst c = /đ/;\nconst d = 'loaded';`;
    expect(scriptLiterals(code)).toEqual([
      { text: 'Đang tải', line: 2 },
      { text: 'kết quả', line: 3 },
      { text: '/đ/', line: 4 },
    ]);
  });
});

const component = `---
/** Props, e.g. "cho nội dung thi đua này". */
import { ui } from '../lib/i18n/ui.ts';
const { story } = Astro.props;
const who = story.kind === 'cá nhân' ? story.person : story.unit;
const fallback = 'Chưa có';
---
<!-- Ghi chú cho người sửa -->
<div class:list={['a', { b: true }]} aria-label="Bộ lọc">
  <input type="search" name="q">
  <button>{ui.search.submit}</button>
  {story.kind !== 'tập thể' && <p>Đăng ngày {who}</p>}
  <a href="/" title={\`Trang \${n} trên \${total}\`}>{fallback}</a>
</div>
<script is:inline>
  status.textContent = 'Không tải được';
</script>
<style>
  .a::after { content: 'Đóng'; }
</style>
`;

describe('components', () => {
  it('report markup text, attribute values and literals, but not comments or schema values compared with ===', () => {
    expect(componentLiterals(component)).toEqual([
      { text: 'Chưa có', line: 6 },
      { text: 'Bộ lọc', line: 9 },
      { text: 'Đăng ngày', line: 12 },
      { text: 'trên', line: 13 },
      { text: 'Không tải được', line: 16 },
    ]);
  });
});

describe('pages', () => {
  it('report literal labels and script text, not the page prose', () => {
    const page = `---\nconst title = 'Tìm kiếm';\n---\n<p>Kết quả hiện ngay khi gõ.</p>\n<StoryCards label="Danh sách" />\n<section aria-label={title}></section>\n<script>\n  el.textContent = 'Lỗi';\n</script>\n`;
    expect(texts(pageLiterals(page))).toEqual(['Danh sách', 'Lỗi']);
  });
});

describe('the site’s sources take their interface text from src/lib/i18n/ui.ts', () => {
  const read = (pattern: string) => globSync(pattern, { cwd: ROOT }).map((file) => ({ file, source: readFileSync(join(ROOT, file), 'utf8') }));
  const offences = (files: Array<{ file: string; source: string }>, find: (source: string) => Literal[]) =>
    files.flatMap(({ file, source }) => find(source).map(({ text, line }) => `${file}:${line} ${text}`));

  it('client scripts have no Vietnamese literal', () => {
    const scripts = read('src/scripts/**/*.ts');
    expect(scripts.length).toBeGreaterThan(0);
    expect(offences(scripts, scriptLiterals)).toEqual([]);
  });

  it('components have no Vietnamese interface text of their own', () => {
    const components = read('src/components/**/*.astro');
    expect(components.length).toBeGreaterThan(10);
    expect(offences(components, componentLiterals)).toEqual([]);
  });

  it('pages have no Vietnamese in scripts or literal labels', () => {
    const pages = read('src/pages/**/*.astro');
    expect(pages.length).toBeGreaterThan(10);
    expect(offences(pages, pageLiterals)).toEqual([]);
  });
});
