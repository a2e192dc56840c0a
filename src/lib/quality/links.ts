/**
 * The link check on the built site: every internal link, asset reference and #anchor in every
 * page must resolve to a file in the output, under the site's base path. Works on the built
 * HTML, not the sources, so links made by components, Markdown and Starlight are all covered.
 */
import { parseHTML } from 'linkedom';
import { normalizeBase } from '../base-path.ts';

export interface BuiltPage {
  /** Path inside the output folder, with forward slashes: "huong-dan/index.html". */
  file: string;
  html: string;
}

export interface BrokenLink {
  file: string;
  href: string;
  problem: string;
}

export interface LinkCheckOptions {
  pages: BuiltPage[];
  /** Every file in the output folder (HTML and assets), relative, forward slashes. */
  files: Set<string>;
  /** Base path the site was built for: "/" or "/sub/path/". */
  base: string;
  /** The site's absolute origin (SITE_URL): absolute links to it count as internal. */
  site: string;
}

export interface LinkCheckResult {
  broken: BrokenLink[];
  checked: number;
  external: string[];
}

/** Where a page answers; the 404 page answers at any missing address, so test it deep down. */
export function pageUrlPath(file: string, base: string): string {
  if (file === '404.html') return `${base}khong-co/trang/nay/`;
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

const REFERENCES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

function references(document: Document): string[] {
  const found: string[] = [];
  for (const [selector, attribute] of REFERENCES) {
    for (const element of document.querySelectorAll(selector)) {
      if (element.localName === 'link' && /\b(preconnect|dns-prefetch)\b/.test(element.getAttribute('rel') ?? '')) continue;
      found.push(element.getAttribute(attribute) ?? '');
    }
  }
  for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.push(url);
    }
  }
  return found;
}

function anchorsOf(document: Document): Set<string> {
  const ids = new Set<string>();
  for (const element of document.querySelectorAll('[id]')) ids.add(element.getAttribute('id') ?? '');
  for (const element of document.querySelectorAll('a[name]')) ids.add(element.getAttribute('name') ?? '');
  return ids;
}

export function checkLinks({ pages, files, base, site }: LinkCheckOptions): LinkCheckResult {
  const normalBase = normalizeBase(base);
  const siteOrigin = new URL(site).origin;
  const local = 'http://site.invalid';
  const documents = new Map<string, Document>();
  for (const page of pages) documents.set(page.file, parseHTML(page.html).document as unknown as Document);
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let set = anchorCache.get(file);
    if (!set) anchorCache.set(file, (set = anchorsOf(documents.get(file)!)));
    return set;
  };

  const broken: BrokenLink[] = [];
  const external = new Set<string>();
  let checked = 0;
  for (const page of pages) {
    const document = documents.get(page.file)!;
    const pageUrl = new URL(pageUrlPath(page.file, normalBase), local);
    for (const href of references(document)) {
      const report = (problem: string) => broken.push({ file: page.file, href, problem });
      if (href.trim() === '') {
        report('empty link');
        continue;
      }
      if (/^(data|mailto|tel|javascript):/i.test(href)) continue;
      if (href.startsWith('#')) {
        checked += 1;
        const id = decodeURIComponent(href.slice(1));
        if (id && !anchors(page.file).has(id)) report(`no element with id "${id}" on this page`);
        continue;
      }
      let url: URL;
      try {
        url = new URL(href, pageUrl);
      } catch {
        report('not a valid URL');
        continue;
      }
      // A webcal:// subscription to the site's own host (the calendars) is a link to its file.
      if (url.protocol === 'webcal:' && url.host === new URL(site).host) url = new URL(url.pathname + url.hash, siteOrigin);
      if (url.origin !== local && url.origin !== siteOrigin) {
        external.add(url.href);
        continue;
      }
      checked += 1;
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(normalBase)) {
        report(`outside the base path ${normalBase}`);
        continue;
      }
      const relative = path.slice(normalBase.length);
      let target: string;
      if (relative === '' || relative.endsWith('/')) target = `${relative}index.html`;
      else if (files.has(relative)) target = relative;
      else if (files.has(`${relative}/index.html`)) {
        report('missing trailing slash (the site uses trailingSlash: always)');
        continue;
      } else target = relative;
      if (!files.has(target)) {
        report('no such page or file');
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && documents.has(target) && !anchors(target).has(hash)) report(`no element with id "${hash}" on that page`);
    }
  }
  return { broken, checked, external: [...external].sort() };
}
