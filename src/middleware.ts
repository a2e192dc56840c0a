import { defineMiddleware } from 'astro:middleware';
import { withPolicyFirst } from './lib/security/csp.ts';
import { removePrintStylesheetLink } from './lib/seo/head.ts';

/**
 * The changes made to rendered HTML rather than through Starlight's overrides:
 * - Starlight's Page.astro, which cannot be overridden, links print.css itself. Its rules are
 *   bundled into the main stylesheet through `customCss` (astro.config.mjs), so the link is only
 *   an extra request before the first paint. tests/site/head.test.ts fails if the link ever
 *   comes back.
 * - Astro's `<meta>` security policy goes to the top of `<head>` (src/lib/security/csp.ts). The
 *   build's security-policy step (src/integrations/output/security-policy.ts) checks every page
 *   and would move it too, but only by writing every page a second time.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = removePrintStylesheetLink(await response.text());
  return new Response(withPolicyFirst(html) ?? html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
