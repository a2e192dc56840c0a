/**
 * Pure helpers for what every page's <head> carries beyond Starlight's defaults: a favicon that
 * costs no request, and the share image for link previews. Used by src/route-middleware.ts.
 */

/** Where the share image lives under the site's base, drawn by scripts/dev/make-share-image.ts. */
export const SHARE_IMAGE = {
  path: 'og-image.png',
  width: 1200,
  height: 630,
  alt: 'Phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí” 2022–2030',
} as const;

/**
 * An SVG as a data: URI. A linked favicon is one more request before the first paint (and a
 * 404 console error when missing), which alone breaks the 1.0 s LCP budget.
 */
export function svgDataUri(svg: string): string {
  const compact = svg.trim().replace(/\s*\n\s*/g, ' ');
  // Only the characters that a valid URL may not hold raw (the space included: the W3C checker
  // rejects it) or that break the attribute are escaped; the rest stays readable.
  return `data:image/svg+xml,${compact.replace(/[ %#"<>{}|\\^`\n\r\t]/g, (c) => encodeURIComponent(c))}`;
}

/** A <meta> or <link> as Starlight's route data `head` holds it. */
export interface HeadEntry {
  tag: 'meta' | 'link';
  attrs: Record<string, string>;
}

/** Text as HTML character data: the characters that could start markup or a character reference. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/**
 * Starlight writes every head entry's `content` as raw HTML (its Head.astro uses set:html) and
 * fills the <title> entry with the page's title, which for a story is the editor's text. A
 * `<title>` holds text only, so its content is escaped here, in place, for every page: a title
 * such as `</title><meta http-equiv="refresh" …>` then stays text. Attributes need nothing: Astro
 * escapes them. Script and style entries come from astro.config.mjs and are code, left alone.
 */
export function escapeHeadText(head: Array<{ tag: string; content?: string | undefined }>): void {
  for (const entry of head) {
    if (entry.tag === 'title' && entry.content !== undefined) entry.content = escapeHtmlText(entry.content);
  }
}

/** Open Graph and Twitter tags for the share image. */
export function shareImageTags(imageUrl: string): HeadEntry[] {
  return [
    { tag: 'meta', attrs: { property: 'og:image', content: imageUrl } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: String(SHARE_IMAGE.width) } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: String(SHARE_IMAGE.height) } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: SHARE_IMAGE.alt } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: imageUrl } },
  ];
}

/**
 * Starlight's Page.astro links its print stylesheet itself (no override reaches it), which is an
 * extra request before the first paint. The print rules are bundled into the main CSS through
 * `customCss` instead, and this removes the now redundant link from a rendered page.
 */
export function removePrintStylesheetLink(html: string): string {
  return html.replace(/<link rel="stylesheet" href="[^"]*\/print\.[\w-]+\.css" media="print"\/?>/, '');
}

/**
 * robots.txt: everything may be crawled but `disallow` (URL paths: the editors' workspace); the
 * sitemap index is Starlight's (@astrojs/sitemap).
 */
export function robotsTxt(sitemapUrl: string, disallow: readonly string[] = []): string {
  return `User-agent: *\n${disallow.map((path) => `Disallow: ${path}\n`).join('')}Allow: /\n\nSitemap: ${sitemapUrl}\n`;
}
