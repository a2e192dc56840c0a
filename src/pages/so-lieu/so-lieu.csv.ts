import type { APIRoute } from 'astro';
import { exportRows } from '../../data/statistics-export.ts';
import { figuresCsv } from '../../lib/statistics/export.ts';

/** Every story × figure as CSV, UTF-8 with a BOM (format: docs/open-data.md, "Statistics"). */
export const GET: APIRoute = ({ site }) =>
  new Response(figuresCsv(exportRows((path) => new URL(path, site).href)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
