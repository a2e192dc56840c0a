import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import favicon from '../public/favicon.svg?raw';
import { absoluteUrl } from './lib/base-path.ts';
import { escapeHeadText, SHARE_IMAGE, shareImageTags, svgDataUri } from './lib/seo/head.ts';

const FAVICON = svgDataUri(favicon);

/** Head entries every Starlight page needs beyond the defaults, and its <title> as text: see src/lib/seo/head.ts. */
export const onRequest = defineRouteMiddleware((context) => {
  const { head } = context.locals.starlightRoute;
  escapeHeadText(head);
  for (const entry of head) {
    if (entry.tag === 'link' && String(entry.attrs?.rel).includes('icon')) entry.attrs!.href = FAVICON;
  }
  if (context.locals.starlightRoute.entry.id === '404') {
    // The 404 page is served at every missing address: it has no URL of its own to advertise.
    const ownUrl = (entry: (typeof head)[number]) =>
      (entry.tag === 'link' && entry.attrs?.rel === 'canonical') || (entry.tag === 'meta' && entry.attrs?.property === 'og:url');
    for (let i = head.length - 1; i >= 0; i -= 1) if (ownUrl(head[i]!)) head.splice(i, 1);
    head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  }
  const site = context.site ?? new URL(context.url.origin);
  head.push(...shareImageTags(absoluteUrl(site, import.meta.env.BASE_URL, SHARE_IMAGE.path)));
});
