import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, loadPage } from '../support/html.ts';
import { SITE_DIR } from '../support/paths.ts';

const pages = allPages();
const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
const siteFile = (path: string) => join(SITE_DIR, path.replace(/^https?:\/\/[^/]+\//, ''));

describe('what every page tells browsers, search engines and link previews', () => {
  it('covers every built page', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages.map((p) => [p.path, p.document] as const))('%s has a description, Open Graph tags and the share image', (_path, document) => {
    expect(meta(document, 'description')?.length).toBeGreaterThan(20);
    for (const key of ['og:title', 'og:description', 'og:locale', 'og:site_name', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) {
      expect(meta(document, key), key).toBeTruthy();
    }
    const image = meta(document, 'og:image')!;
    expect(image).toMatch(/^https?:\/\/.+\/og-image\.png$/);
    expect(existsSync(siteFile(image))).toBe(true);
  });

  it.each(pages.map((p) => [p.path, p.document] as const))('%s needs no request for its favicon or print styles', (_path, document) => {
    const icons = [...document.querySelectorAll('link[rel~="icon"]')];
    expect(icons.length).toBe(1);
    expect(icons[0]!.getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
    expect(document.querySelector('link[media="print"]')).toBeNull();
    expect(document.querySelectorAll('link[rel="stylesheet"]').length).toBe(1);
  });

  it.each(pages.map((p) => [p.path, p.document] as const))('%s loads no table-of-contents or prefetch script', (_path, document) => {
    const scripts = [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src') ?? '');
    const inline = [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n');
    expect(scripts.filter((src) => /TableOfContents|starlight-toc|prefetch|\/page\.[\w-]+\.js/.test(src))).toEqual([]);
    expect(inline).not.toMatch(/starlight-toc|TableOfContents|data-astro-prefetch/);
    // At most Starlight's Search module: the lazy Search override (search issue) removes it too.
    expect(scripts.length).toBeLessThanOrEqual(1);
    expect(scripts.every((src) => /Search/.test(src))).toBe(true);
  });

  it.each(pages.map((p) => [p.path, p.document] as const))('%s has no aria-hidden on a script', (_path, document) => {
    expect(document.querySelectorAll('script[aria-hidden]').length).toBe(0);
  });

  it('keeps the print rules, inside the one stylesheet', () => {
    const href = loadPage('/huong-dan/').querySelector('link[rel="stylesheet"]')!.getAttribute('href')!;
    const css = readFileSync(join(SITE_DIR, href), 'utf8');
    expect(css).toContain('@media print');
  });

  it('ships a 1200×630 PNG share image', () => {
    const png = readFileSync(join(SITE_DIR, 'og-image.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt allows crawling and points to the sitemap index, which exists', () => {
    const robots = readFileSync(join(SITE_DIR, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
    expect(existsSync(siteFile(sitemap!))).toBe(true);
  });

  it('the sitemap lists every page except those marked noindex (the 404 and offline pages)', () => {
    const index = readFileSync(join(SITE_DIR, 'sitemap-index.xml'), 'utf8');
    const urls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .flatMap((m) => [...readFileSync(siteFile(m[1]!), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
      .map((m) => new URL(m[1]!).pathname)
      .sort();
    const noindex = pages.filter((p) => meta(p.document, 'robots')?.includes('noindex')).map((p) => p.path);
    expect(noindex.sort()).toEqual(['/404.html', '/ngoai-tuyen/']);
    const expected = pages.map((p) => p.path).filter((p) => !noindex.includes(p)).sort();
    expect(urls).toEqual(expected);
  });
});

describe('the 404 page', () => {
  const document = loadPage('/404.html');

  it('is in Vietnamese and leads somewhere useful', () => {
    expect(document.documentElement.getAttribute('lang')).toBe('vi');
    expect(document.querySelector('h1')?.textContent).toBe('Không tìm thấy trang');
    const links = [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/', '/huong-dan/', '/giai-doan/']));
  });

  it('is not indexed and claims no URL of its own', () => {
    expect(meta(document, 'robots')).toBe('noindex');
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(meta(document, 'og:url')).toBeNull();
  });
});
