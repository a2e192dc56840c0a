/**
 * Site URLs in one place, built from the site map (site-map.ts) under the base path, so the site
 * can live under a sub-path. Paths end in a slash, matching `trailingSlash: 'always'`.
 */
import { withBase } from './base-path.ts';
import { calendarPath } from './calendar/paths.ts';
import { GUIDANCE_WORD_FILE } from './guidance-document/paths.ts';
import { filterValue } from './search/filters.ts';
import { writeSearchState } from './search/url-state.ts';
import { FILTER_KEYS, SITE_MAP, type FilterName, type SiteKey } from './site-map.ts';
import { FEED_FILE, JSON_FILE, PAGE_SEGMENT } from './stories/paths.ts';

const base = import.meta.env?.BASE_URL;
const pageSuffix = (page = 1) => (page > 1 ? `${PAGE_SEGMENT}/${page}/` : '');
const at = (anchor?: string) => (anchor ? `#${anchor}` : '');
/** A path in a section of the site map. */
const under = (key: SiteKey, path = '') => withBase(base, SITE_MAP[key].path + path);

export const routes = {
  home: () => under('home'),
  guidance: (anchor?: string) => under('guidance') + at(anchor),
  guidanceWord: () => under('guidance', GUIDANCE_WORD_FILE),
  phases: (anchor?: string) => under('phases') + at(anchor),
  contents: () => under('contents'),
  contentField: (id: string, anchor?: string) => under('contents', `${id}/`) + at(anchor),
  directives: () => under('directives'),
  directive: (id: string) => under('directives', `${id}/`),
  /** The search page, optionally filtered: ?tai-lieu=…&giai-doan=… (filter name → value). */
  search: (filters: Partial<Record<FilterName, string>> = {}) => {
    const selected = Object.fromEntries(Object.entries(filters).map(([name, value]) => [FILTER_KEYS[name as FilterName], [filterValue(value)]]));
    const query = writeSearchState({ q: '', filters: selected }).toString();
    return under('search') + (query ? `?${query}` : '');
  },
  bodies: (anchor?: string) => under('bodies') + at(anchor),
  /** The story list, page 1 at /cau-chuyen/, then /cau-chuyen/trang/2/… */
  stories: (page = 1) => under('stories', pageSuffix(page)),
  /** One filter value, e.g. /cau-chuyen/dia-ban/dak-glei/ (segment from LISTING_SEGMENTS). */
  storiesFiltered: (segment: string, value: string, page = 1) => under('stories', `${segment}/${value}/${pageSuffix(page)}`),
  story: (slug: string) => under('stories', `${slug}/`),
  storiesFeed: () => under('stories', FEED_FILE),
  storiesJson: () => under('stories', JSON_FILE),
  submitStory: () => under('submitStory'),
  poster: () => under('poster'),
  /** The statistics page: the whole campaign, or one phase's variant by its id. */
  statistics: (phase?: string) => under('statistics', phase ? `${phase}/` : ''),
  /** A download beside the statistics page (so-lieu.csv, so-lieu.xlsx). */
  statisticsFile: (file: string) => under('statistics', file),
  /** A calendar file (not a page, so not in the site map): the campaign's, or a phase's by its id. */
  calendar: (name?: string) => withBase(base, calendarPath(name)),
};
