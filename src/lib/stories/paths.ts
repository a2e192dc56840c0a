/**
 * URL segments of the stories section, from the site map (src/lib/site-map.ts). A story's folder
 * name becomes its URL (/cau-chuyen/<slug>/), so it must not be one of the segments the listing
 * pages use.
 */
import { FILTER_KEYS, SITE_MAP } from '../site-map.ts';

export const STORIES_SEGMENT = SITE_MAP.stories.path.replace(/\/$/, '');

/** The filters of the story lists (/cau-chuyen/dia-ban/dak-glei/), in the order the lists show them. */
export type StoryFilter = (typeof SITE_MAP.stories.filters)[number];
export const STORY_FILTERS: readonly StoryFilter[] = SITE_MAP.stories.filters;

/** Page 2 on of a list: /cau-chuyen/trang/2/, /cau-chuyen/dia-ban/dak-glei/trang/2/. */
export const PAGE_SEGMENT = 'trang';

export const LISTING_SEGMENTS = {
  page: PAGE_SEGMENT,
  ...(Object.fromEntries(STORY_FILTERS.map((name) => [name, FILTER_KEYS[name]])) as { [N in StoryFilter]: (typeof FILTER_KEYS)[N] }),
};

export const FEED_FILE = 'rss.xml';
export const JSON_FILE = 'du-lieu.json';

export const RESERVED_STORY_SLUGS: ReadonlySet<string> = new Set([
  ...Object.values(LISTING_SEGMENTS),
  FEED_FILE.replace('.', '-'),
  JSON_FILE.replace('.', '-'),
]);
