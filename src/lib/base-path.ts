/**
 * The sub-path the site is served under (BASE_PATH at build time, Astro's `base` and
 * `import.meta.env.BASE_URL` in the site): the one place it is normalised and joined, for the
 * site, its build steps and the developer tools alike.
 */

/** BASE_PATH as Astro uses it: a leading and a trailing slash ("/", "/thi-dua/"). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

/** A path under the base: withBase('/thi-dua', 'huong-dan/') is "/thi-dua/huong-dan/". */
export function withBase(base: string | undefined, path: string): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** The absolute URL of a path under the base (canonical links, Open Graph, the sitemap). */
export function absoluteUrl(site: string | URL, base: string | undefined, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** A URL path relative to the base ("/thi-dua/van-ban/" → "van-ban/"), or null when outside it. */
export function pathUnderBase(base: string | undefined, pathname: string): string | null {
  const prefix = normalizeBase(base);
  if (pathname.startsWith(prefix)) return pathname.slice(prefix.length);
  return `${pathname}/` === prefix ? '' : null;
}
