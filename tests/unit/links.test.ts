import { describe, expect, it } from 'vitest';
import { checkLinks, pageUrlPath, type BuiltPage } from '../../src/lib/quality/links.ts';

const page = (file: string, body: string, head = ''): BuiltPage => ({
  file,
  html: `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
});

function run(pages: BuiltPage[], base = '/', extraFiles: string[] = []) {
  const files = new Set([...pages.map((p) => p.file), ...extraFiles]);
  return checkLinks({ pages, files, base, site: 'https://thidua.example' });
}

describe('checkLinks', () => {
  it('accepts links, assets and anchors that exist', () => {
    const result = run(
      [
        page('index.html', '<a href="/huong-dan/#muc-1">a</a><a href="huong-dan/">b</a><img src="/og-image.png" alt=""><a href="#top">c</a><h1 id="top">x</h1>', '<link rel="canonical" href="https://thidua.example/">'),
        page('huong-dan/index.html', '<h2 id="muc-1">1</h2><a href="../">home</a><a href="https://example.org/x">ext</a>'),
      ],
      '/',
      ['og-image.png'],
    );
    expect(result.broken).toEqual([]);
    expect(result.checked).toBe(6);
    expect(result.external).toEqual(['https://example.org/x']);
  });

  it('checks a webcal:// subscription to the site itself as a link to its file', () => {
    const result = run([page('index.html', '<a href="webcal://thidua.example/lich/thi-dua.ics">a</a><a href="webcal://thidua.example/lich/khong-co.ics">b</a><a href="webcal://lich.example/x.ics">c</a>')], '/', ['lich/thi-dua.ics']);
    expect(result.broken).toEqual([{ file: 'index.html', href: 'webcal://thidua.example/lich/khong-co.ics', problem: 'no such page or file' }]);
    expect(result.checked).toBe(2);
    expect(result.external).toEqual(['webcal://lich.example/x.ics']);
  });

  it('reports a missing page, a missing anchor and a missing trailing slash, each with its file', () => {
    const result = run([
      page('index.html', '<a href="/khong-co/">a</a><a href="/huong-dan/#khong-co">b</a><a href="/huong-dan">c</a>'),
      page('huong-dan/index.html', '<h2 id="muc-1">1</h2>'),
    ]);
    expect(result.broken).toEqual([
      { file: 'index.html', href: '/khong-co/', problem: 'no such page or file' },
      { file: 'index.html', href: '/huong-dan/#khong-co', problem: 'no element with id "khong-co" on that page' },
      { file: 'index.html', href: '/huong-dan', problem: 'missing trailing slash (the site uses trailingSlash: always)' },
    ]);
  });

  it('reports links that ignore the base path', () => {
    const result = run([page('index.html', '<a href="/huong-dan/">a</a><a href="/thi-dua/huong-dan/">b</a>'), page('huong-dan/index.html', '')], '/thi-dua/');
    expect(result.broken.map((b) => [b.href, b.problem])).toEqual([['/huong-dan/', 'outside the base path /thi-dua/']]);
  });

  it('reports relative links on the 404 page, which is served at any address', () => {
    expect(pageUrlPath('404.html', '/')).toBe('/khong-co/trang/nay/');
    const result = run([page('404.html', '<h1 id="_top">x</h1><a href="huong-dan/">a</a><a href="/huong-dan/">b</a><a href="#_top">c</a><a href="#khong">d</a>'), page('huong-dan/index.html', '')]);
    expect(result.broken.map((b) => b.href)).toEqual(['huong-dan/', '#khong']);
  });

  it('reports an empty link', () => {
    expect(run([page('index.html', '<a href="">a</a>')]).broken[0]?.problem).toBe('empty link');
  });
});
