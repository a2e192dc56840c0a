import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { siteRowOf } from '../../src/lib/site-map.ts';
import { SITE_DIR } from './paths.ts';

export function loadPage(path: string): Document {
  const file = join(SITE_DIR, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html');
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/**
 * Every built reading page, as a site path ("/huong-dan/") and its parsed document: all HTML
 * but the applications of the site map (the editors' workspace, tested on its own).
 */
export function allPages(): Array<{ path: string; document: Document }> {
  return globSync('**/*.html', { cwd: SITE_DIR })
    .filter((file) => !siteRowOf(file)?.app)
    .sort()
    .map((file) => ({
      path: `/${relative(SITE_DIR, join(SITE_DIR, file)).replace(/index\.html$/, '')}`,
      document: parseHTML(readFileSync(join(SITE_DIR, file), 'utf8')).document as unknown as Document,
    }));
}

/** Text as a reader sees it: footnote markers removed, whitespace collapsed, NFC. */
export function visibleText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('sup.fnref').forEach((sup) => sup.remove());
  return normalizeText(clone.textContent ?? '');
}

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
