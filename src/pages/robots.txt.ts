import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/base-path.ts';
import { robotsTxt } from '../lib/seo/head.ts';
import { SITE_ROWS } from '../lib/site-map.ts';

const APPS = SITE_ROWS.filter((row) => row.app).map((row) => withBase(import.meta.env.BASE_URL, row.path));

export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(absoluteUrl(site ?? url.origin, import.meta.env.BASE_URL, 'sitemap-index.xml'), APPS), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
