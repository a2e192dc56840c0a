/**
 * Removes pages marked noindex (the offline page) from the sitemap Starlight wrote, so search
 * engines are not told to crawl a page that asks not to be indexed (src/lib/seo/sitemap.ts).
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathUnderBase } from '../../lib/base-path.ts';
import { isNoindex, withoutUrls } from '../../lib/seo/sitemap.ts';
import type { PageStep } from './page-pass.ts';

/** As a step of the pass over the pages (./page-pass.ts): returns the paths removed. */
export function sitemapNoindexStep(outDir: string, base: string): PageStep<string[]> {
  const noindex = new Set<string>();
  return {
    page(file, html) {
      if (isNoindex(html)) noindex.add(file.split('\\').join('/'));
      return undefined;
    },
    finish: () => dropFromSitemaps(outDir, base, noindex),
  };
}

/** `noindex`: the pages (paths relative to outDir) to drop. */
function dropFromSitemaps(outDir: string, base: string, noindex: Set<string>): string[] {
  const dropped: string[] = [];
  for (const sitemap of globSync('sitemap-*.xml', { cwd: outDir }).filter((file) => file !== 'sitemap-index.xml')) {
    const path = join(outDir, sitemap);
    const xml = readFileSync(path, 'utf8');
    const next = withoutUrls(xml, (loc) => {
      const pathname = new URL(loc).pathname;
      const rel = pathUnderBase(base, pathname);
      if (rel === null) return false;
      const drop = noindex.has(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
      if (drop) dropped.push(pathname);
      return drop;
    });
    if (next !== xml) writeFileSync(path, next);
  }
  return dropped;
}
