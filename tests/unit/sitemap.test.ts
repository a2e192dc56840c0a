import { describe, expect, it } from 'vitest';
import { isNoindex, withoutUrls } from '../../src/lib/seo/sitemap.ts';

describe('isNoindex', () => {
  it('reads the robots meta tag, whatever the attribute order and quotes', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"/></head>')).toBe(true);
    expect(isNoindex("<meta content='noindex, nofollow' name='robots'>")).toBe(true);
    expect(isNoindex('<meta name="robots" content="index, follow">')).toBe(false);
    expect(isNoindex('<meta name="description" content="noindex là gì">')).toBe(false);
    expect(isNoindex('<p>noindex</p>')).toBe(false);
  });
});

describe('withoutUrls', () => {
  const xml =
    '<?xml version="1.0"?><urlset><url><loc>https://x.vn/</loc></url><url><loc>https://x.vn/ngoai-tuyen/</loc></url><url><loc>https://x.vn/a?b=1&amp;c=2</loc></url></urlset>';

  it('drops the chosen entries and keeps the rest byte for byte', () => {
    expect(withoutUrls(xml, (loc) => loc.endsWith('/ngoai-tuyen/'))).toBe(
      '<?xml version="1.0"?><urlset><url><loc>https://x.vn/</loc></url><url><loc>https://x.vn/a?b=1&amp;c=2</loc></url></urlset>',
    );
    expect(withoutUrls(xml, () => false)).toBe(xml);
  });

  it('passes the address unescaped', () => {
    const seen: string[] = [];
    withoutUrls(xml, (loc) => (seen.push(loc), false));
    expect(seen).toEqual(['https://x.vn/', 'https://x.vn/ngoai-tuyen/', 'https://x.vn/a?b=1&c=2']);
  });
});
