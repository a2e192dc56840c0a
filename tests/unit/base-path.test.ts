import { describe, expect, it } from 'vitest';
import { absoluteUrl, normalizeBase, pathUnderBase, withBase } from '../../src/lib/base-path.ts';

/** Every way BASE_PATH is written, with what Astro makes of it. */
const SPELLINGS: Array<[string | undefined, string]> = [
  ['thi-dua', '/thi-dua/'],
  ['/thi-dua', '/thi-dua/'],
  ['/thi-dua/', '/thi-dua/'],
  [' /thi-dua// ', '/thi-dua/'],
  ['/', '/'],
  ['', '/'],
  [undefined, '/'],
];

describe('the base path', () => {
  it('is normalised as Astro does: a leading and a trailing slash', () => {
    for (const [base, normal] of SPELLINGS) expect(normalizeBase(base), String(base)).toBe(normal);
  });

  it('joins a path under it whatever the slashes', () => {
    for (const [base, normal] of SPELLINGS) {
      expect(withBase(base, 'huong-dan/'), String(base)).toBe(`${normal}huong-dan/`);
      expect(withBase(base, '/huong-dan/'), String(base)).toBe(`${normal}huong-dan/`);
      expect(withBase(base, ''), String(base)).toBe(normal);
    }
  });

  it('makes absolute URLs under site and base', () => {
    expect(absoluteUrl('https://example.org', '/', 'og-image.png')).toBe('https://example.org/og-image.png');
    expect(absoluteUrl('https://example.org/', '/thi-dua', '/og-image.png')).toBe('https://example.org/thi-dua/og-image.png');
    for (const [base, normal] of SPELLINGS) expect(absoluteUrl('https://example.org', base, 'sitemap-index.xml')).toBe(`https://example.org${normal}sitemap-index.xml`);
  });

  it('gives a URL path relative to it, or null outside it', () => {
    for (const [base] of SPELLINGS.slice(0, 4)) {
      expect(pathUnderBase(base, '/thi-dua/van-ban/x/')).toBe('van-ban/x/');
      expect(pathUnderBase(base, '/thi-dua/')).toBe('');
      expect(pathUnderBase(base, '/thi-dua')).toBe('');
      expect(pathUnderBase(base, '/huong-dan/')).toBeNull();
      expect(pathUnderBase(base, '/thi-duax/')).toBeNull();
    }
    expect(pathUnderBase('/', '/van-ban/')).toBe('van-ban/');
    expect(pathUnderBase(undefined, '/')).toBe('');
  });
});
