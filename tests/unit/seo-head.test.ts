import { describe, expect, it } from 'vitest';
import { removePrintStylesheetLink, robotsTxt, shareImageTags, svgDataUri } from '../../src/lib/seo/head.ts';

describe('svgDataUri', () => {
  it('escapes what breaks a URL or an attribute and keeps the SVG decodable', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg">\n  <rect fill="#c8102e"/>\n</svg>\n';
    const uri = svgDataUri(svg);
    expect(uri.startsWith('data:image/svg+xml,')).toBe(true);
    expect(uri).not.toMatch(/["<>#\s]/);
    expect(decodeURIComponent(uri.slice('data:image/svg+xml,'.length))).toBe('<svg xmlns="http://www.w3.org/2000/svg"> <rect fill="#c8102e"/> </svg>');
  });
});

describe('shareImageTags', () => {
  it('gives Open Graph and Twitter the same image', () => {
    const tags = shareImageTags('https://example.org/og-image.png');
    expect(tags.find((t) => t.attrs?.property === 'og:image')?.attrs?.content).toBe('https://example.org/og-image.png');
    expect(tags.find((t) => t.attrs?.name === 'twitter:image')?.attrs?.content).toBe('https://example.org/og-image.png');
  });
});

describe('removePrintStylesheetLink', () => {
  it('removes only the print stylesheet link', () => {
    const html = '<head><link rel="stylesheet" href="/base/_astro/print.ehPL0gv-.css" media="print"><link rel="stylesheet" href="/base/_astro/main.CH0XVV3x.css"></head>';
    expect(removePrintStylesheetLink(html)).toBe('<head><link rel="stylesheet" href="/base/_astro/main.CH0XVV3x.css"></head>');
  });
  it('leaves a page without one unchanged', () => {
    const html = '<head><link rel="stylesheet" href="/_astro/x.css"></head>';
    expect(removePrintStylesheetLink(html)).toBe(html);
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(robotsTxt('https://example.org/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n');
  });

  it('keeps crawlers out of the paths it is given (the editors’ workspace)', () => {
    expect(robotsTxt('https://example.org/sitemap-index.xml', ['/quan-tri/'])).toBe(
      'User-agent: *\nDisallow: /quan-tri/\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
  });
});
