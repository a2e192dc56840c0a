/**
 * Where each number of the statistics pages links: the static list of exactly the stories it
 * counts. Overall numbers whose list already exists under /cau-chuyen/ (one locality, field or
 * kind) link there; the others get a list under /so-lieu/, with the phase as a second dimension
 * on a phase's page (/so-lieu/giai-doan-1/linh-vuc/ha-tang/). A quarter lies inside one phase,
 * so its list is the same from every page.
 */
import { FILTER_KEYS, SITE_MAP } from '../site-map.ts';
import { STORY_FILTERS, STORIES_SEGMENT, PAGE_SEGMENT } from '../stories/paths.ts';
import type { Bucket, StatDimension } from './figures.ts';

export const STATISTICS_SEGMENT = SITE_MAP.statistics.path.replace(/\/$/, '');

/** Downloads of the statistics pages, beside /so-lieu/. */
export const CSV_FILE = 'so-lieu.csv';
export const XLSX_FILE = 'so-lieu.xlsx';

/**
 * Stories per page of a statistics list: a compact table (about 130 KB of HTML, 12 KB brotli,
 * for 500 rows), so far fewer pages than card lists of 20 would make (docs/figures.md, "Cost").
 */
export const LIST_PAGE_SIZE = 500;

/** A story list a number links to, as path segments below the base (no page suffix). */
export function listPath(bucket: Pick<Bucket, 'dimension' | 'value'>, phase?: string): string {
  const segment = FILTER_KEYS[bucket.dimension];
  if (!phase && (STORY_FILTERS as readonly string[]).includes(bucket.dimension)) {
    return `${STORIES_SEGMENT}/${segment}/${bucket.value}/`;
  }
  const scope = phase && bucket.dimension !== 'quarter' && bucket.dimension !== 'phase' ? `${phase}/` : '';
  return `${STATISTICS_SEGMENT}/${scope}${segment}/${bucket.value}/`;
}

/** Page n of a statistics list (page 1 is the list's own path). */
export function listPagePath(path: string, page: number): string {
  return page > 1 ? `${path}${PAGE_SEGMENT}/${page}/` : path;
}

/** Whether a list path is one the statistics section builds (the others exist under /cau-chuyen/). */
export function isStatisticsList(path: string): boolean {
  return path.startsWith(`${STATISTICS_SEGMENT}/`);
}

export const STAT_DIMENSIONS: readonly StatDimension[] = SITE_MAP.statistics.filters;
