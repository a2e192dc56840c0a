/** BASE_PATH as Astro uses it: a leading and a trailing slash ("/", "/thi-dua/"). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}
