import { parseHTML } from 'linkedom';

/**
 * Crawls a served site over HTTP from its start page and checks everything a reader's browser
 * would fetch or follow: links, stylesheets, scripts, images, srcsets, the manifest and its
 * icons (a start URL, or linked), url() in CSS, and #fragments. Small on purpose; a fuller checker can replace it.
 */
export interface WalkResult {
  pages: string[];
  checked: number;
  problems: string[];
}

/** @param startURLs pages to start from (all on one origin): the home page, the sitemap's pages… */
export async function walkSite(startURLs: string[], options: { base: string }): Promise<WalkResult> {
  const origin = new URL(startURLs[0]!).origin;
  const problems: string[] = [];
  const statusCache = new Map<string, Promise<Response | undefined>>();
  const ids = new Map<string, Set<string>>();
  const pages: string[] = [];
  const queue = [...new Set(startURLs.map((url) => new URL(url).href))];
  const queued = new Set(queue);
  const fragmentChecks: Array<{ from: string; page: string; id: string }> = [];

  const get = (url: string) => {
    let response = statusCache.get(url);
    if (!response) {
      response = fetch(url, { redirect: 'manual' }).catch(() => undefined);
      statusCache.set(url, response);
    }
    return response;
  };

  /** Checks one reference; returns the response when it is a good same-origin one. */
  const check = async (from: string, raw: string): Promise<Response | undefined> => {
    let url: URL;
    try {
      url = new URL(raw, from);
    } catch {
      problems.push(`${from}: unparsable URL "${raw}"`);
      return undefined;
    }
    if (url.protocol === 'data:' || url.protocol === 'mailto:' || url.protocol === 'tel:') return undefined;
    if (url.origin !== origin) return undefined;
    if (!url.pathname.startsWith(options.base)) {
      problems.push(`${from}: ${url.pathname} is outside the base ${options.base}`);
      return undefined;
    }
    const target = `${url.origin}${url.pathname}${url.search}`;
    const response = await get(target);
    if (!response || response.status !== 200) {
      problems.push(`${from}: ${raw} → ${response ? response.status : 'network error'}`);
      return undefined;
    }
    if (url.hash.length > 1) fragmentChecks.push({ from, page: `${url.origin}${url.pathname}`, id: decodeURIComponent(url.hash.slice(1)) });
    return response;
  };

  while (queue.length > 0) {
    const pageURL = queue.shift()!;
    const response = await get(pageURL);
    if (!response || response.status !== 200) {
      problems.push(`${pageURL} → ${response ? response.status : 'network error'}`);
      continue;
    }
    const startType = response.headers.get('content-type') ?? '';
    // A stylesheet or manifest given as a start URL (the manifest is linked by script, not markup).
    if (startType.startsWith('text/css') || startType.startsWith('application/manifest+json')) await checkSubresources(pageURL, startType, response);
    if (!startType.startsWith('text/html')) continue;
    pages.push(pageURL);
    const html = await response.clone().text();
    const { document } = parseHTML(html);
    ids.set(pageURL, new Set([...document.querySelectorAll('[id]')].map((element) => element.getAttribute('id')!)));

    const references: Array<{ url: string; follow: boolean }> = [];
    for (const a of document.querySelectorAll('a[href]')) references.push({ url: a.getAttribute('href')!, follow: true });
    for (const element of document.querySelectorAll('link[href]')) {
      const rel = element.getAttribute('rel') ?? '';
      // The canonical and sitemap links point at SITE_URL; they are checked for the base only.
      if (/\b(canonical|alternate)\b/.test(rel)) {
        const href = new URL(element.getAttribute('href')!, pageURL);
        if (!href.pathname.startsWith(options.base)) problems.push(`${pageURL}: <link rel="${rel}"> ${href.href} is outside the base ${options.base}`);
        continue;
      }
      references.push({ url: element.getAttribute('href')!, follow: false });
    }
    for (const element of document.querySelectorAll('script[src], img[src], source[src], iframe[src]')) {
      references.push({ url: element.getAttribute('src')!, follow: false });
    }
    for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of element.getAttribute('srcset')!.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) references.push({ url, follow: false });
      }
    }

    for (const reference of references) {
      const ok = await check(pageURL, reference.url);
      if (!ok) continue;
      const target = new URL(reference.url, pageURL);
      const key = `${target.origin}${target.pathname}`;
      const type = ok.headers.get('content-type') ?? '';
      if (reference.follow && type.startsWith('text/html') && !queued.has(key)) {
        queued.add(key);
        queue.push(key);
      } else if (!queued.has(key) && (type.startsWith('text/css') || type.startsWith('application/manifest+json'))) {
        queued.add(key);
        await checkSubresources(key, type, ok);
      }
    }
  }

  for (const { from, page, id } of fragmentChecks) {
    const known = ids.get(page);
    if (known && !known.has(id)) problems.push(`${from}: #${id} does not exist on ${page}`);
  }
  return { pages, checked: statusCache.size, problems };

  async function checkSubresources(url: string, type: string, response: Response) {
    const text = await response.clone().text();
    if (type.startsWith('text/css')) {
      for (const match of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) await check(url, match[1]!);
    } else {
      const manifest = JSON.parse(text) as { start_url?: string; scope?: string; icons?: Array<{ src: string }> };
      for (const ref of [manifest.start_url, ...(manifest.icons ?? []).map((icon) => icon.src)]) if (ref) await check(url, ref);
      if (manifest.scope && !new URL(manifest.scope, url).pathname.startsWith(options.base)) problems.push(`${url}: scope outside ${options.base}`);
    }
  }
}
