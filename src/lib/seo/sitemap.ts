/**
 * The sitemap must not list a page that asks not to be indexed: search engines report the
 * contradiction ("submitted URL marked noindex"). Starlight writes the sitemap with every page,
 * and its integration takes no filter, so the build removes those entries afterwards.
 */

/** True when the page's HTML carries `<meta name="robots" content="…noindex…">`. */
export function isNoindex(html: string): boolean {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (/\bname=["']?robots["']?/i.test(tag) && /\bcontent=["'][^"']*\bnoindex\b/i.test(tag)) return true;
  }
  return false;
}

/** The sitemap without the `<url>` entries whose `<loc>` `drop` returns true for. */
export function withoutUrls(xml: string, drop: (loc: string) => boolean): string {
  return xml.replace(/<url>([\s\S]*?)<\/url>/g, (entry, inner: string) => {
    const loc = /<loc>([^<]*)<\/loc>/.exec(inner)?.[1];
    return loc !== undefined && drop(loc.replace(/&amp;/g, '&')) ? '' : entry;
  });
}
