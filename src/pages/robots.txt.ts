import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/base-path.ts';
import { robotsTxt } from '../lib/seo/head.ts';

export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(absoluteUrl(site ?? url.origin, import.meta.env.BASE_URL, 'sitemap-index.xml')), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
