import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ROWS, siteRowOf } from '../../src/lib/site-map.ts';
import { loadPage } from '../support/html.ts';
import { SITE_DIR } from '../support/paths.ts';

/**
 * Astro routes by file name, so a page's folder under src/pages/ (or its name in content/pages/)
 * is the other place its address lives. The built site must match the site map both ways.
 * Files that are not pages (rss.xml, lich/*.ics) have no row; see docs/architecture.md.
 */
describe('the site map and the built site', () => {
  const built = globSync('**/*.html', { cwd: SITE_DIR, exclude: (name) => name === 'pagefind' }).sort();

  it('has a built page at the path of every row', () => {
    for (const row of SITE_ROWS) expect(built, row.key).toContain(`${row.path}index.html`);
  });

  it('has a row for the section of every built page (the 404 page, served for any missing address, has none)', () => {
    for (const file of built) if (file !== '404.html') expect(siteRowOf(file)?.key, file).toBeDefined();
  });

  it('shows the rows marked sidebar in the sidebar, in order, with their labels', () => {
    // The home page is a splash page without a sidebar; every other page has it.
    const links = [...loadPage(`/${SITE_ROWS.find((row) => row.path !== '')!.path}`).querySelectorAll('#starlight__sidebar a')].map((a) => [a.getAttribute('href'), a.textContent?.trim()]);
    expect(links).toEqual(SITE_ROWS.filter((row) => row.sidebar).map((row) => [`/${row.path}`, row.label]));
  });

  it('precaches the pages of the rows marked precached, and no other page', () => {
    const sw = readFileSync(join(SITE_DIR, 'sw.js'), 'utf8');
    const precached = new Set((JSON.parse(/const PRECACHE = (.*);/.exec(sw)![1]!) as Array<[string, string]>).map(([url]) => url));
    for (const file of built) {
      const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      expect(precached.has(url), url).toBe(Boolean(siteRowOf(file)?.precached));
    }
  });
});
