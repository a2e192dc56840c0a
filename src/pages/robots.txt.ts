import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/base-path.ts';
import { robotsTxt } from '../lib/seo/head.ts';
import { APP_PATHS } from '../lib/site-map.ts';

const APPS = APP_PATHS.map((path) => withBase(import.meta.env.BASE_URL, path));

export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(absoluteUrl(site ?? url.origin, import.meta.env.BASE_URL, 'sitemap-index.xml'), APPS), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
