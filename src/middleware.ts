import { defineMiddleware } from 'astro:middleware';
import { removePrintStylesheetLink } from './lib/seo/head.ts';

/**
 * The one change made to rendered HTML rather than through Starlight's overrides: Starlight's
 * Page.astro, which cannot be overridden, links print.css itself. Its rules are bundled into
 * the main stylesheet through `customCss` (astro.config.mjs), so the link is only an extra
 * request before the first paint. tests/site/head.test.ts fails if the link ever comes back.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = removePrintStylesheetLink(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
