/**
 * Removes pages marked noindex (the offline page) from the sitemap Starlight wrote, so search
 * engines are not told to crawl a page that asks not to be indexed (src/lib/seo/sitemap.ts).
 */
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathUnderBase } from '../../lib/base-path.ts';
import { isNoindex, withoutUrls } from '../../lib/seo/sitemap.ts';

/** Returns the paths removed. */
export function dropNoindexFromSitemaps(outDir: string, base: string): string[] {
  const dropped: string[] = [];
  for (const sitemap of globSync('sitemap-*.xml', { cwd: outDir }).filter((file) => file !== 'sitemap-index.xml')) {
    const path = join(outDir, sitemap);
    const xml = readFileSync(path, 'utf8');
    const next = withoutUrls(xml, (loc) => {
      const pathname = new URL(loc).pathname;
      const rel = pathUnderBase(base, pathname);
      if (rel === null) return false;
      const file = join(outDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
      const drop = existsSync(file) && isNoindex(readFileSync(file, 'utf8'));
      if (drop) dropped.push(pathname);
      return drop;
    });
    if (next !== xml) writeFileSync(path, next);
  }
  return dropped;
}
