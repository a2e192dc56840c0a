/**
 * URL segments of the stories section. A story's folder name becomes its URL
 * (/cau-chuyen/<slug>/), so it must not be one of the segments the listing pages use.
 */
export const STORIES_SEGMENT = 'cau-chuyen';

export const LISTING_SEGMENTS = {
  page: 'trang',
  locality: 'dia-ban',
  field: 'linh-vuc',
  kind: 'loai',
  year: 'nam',
} as const;

export const FEED_FILE = 'rss.xml';
export const JSON_FILE = 'du-lieu.json';

export const RESERVED_STORY_SLUGS: ReadonlySet<string> = new Set([
  ...Object.values(LISTING_SEGMENTS),
  FEED_FILE.replace('.', '-'),
  JSON_FILE.replace('.', '-'),
]);
