/**
 * Site URLs in one place. Paths are Vietnamese without accents and end in a slash, matching
 * `trailingSlash: 'always'`; `base` is prefixed so the site can live under a sub-path.
 */
import { FEED_FILE, JSON_FILE, LISTING_SEGMENTS, STORIES_SEGMENT } from './stories/paths.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');
const pageSuffix = (page = 1) => (page > 1 ? `${LISTING_SEGMENTS.page}/${page}/` : '');

const join = (path: string) => `${base}${path.replace(/^\//, '')}`;

export const routes = {
  home: () => join(''),
  guidance: (anchor?: string) => join('huong-dan/') + (anchor ? `#${anchor}` : ''),
  phases: (anchor?: string) => join('giai-doan/') + (anchor ? `#${anchor}` : ''),
  contents: () => join('noi-dung-thi-dua/'),
  contentField: (id: string, anchor?: string) => join(`noi-dung-thi-dua/${id}/`) + (anchor ? `#${anchor}` : ''),
  directives: () => join('van-ban/'),
  directive: (id: string) => join(`van-ban/${id}/`),
  search: () => join('tim-kiem/'),
  bodies: (anchor?: string) => join('trach-nhiem/') + (anchor ? `#${anchor}` : ''),
  /** The story list, page 1 at /cau-chuyen/, then /cau-chuyen/trang/2/… */
  stories: (page = 1) => join(`${STORIES_SEGMENT}/${pageSuffix(page)}`),
  /** One filter value, e.g. /cau-chuyen/dia-ban/dak-glei/ (segment from LISTING_SEGMENTS). */
  storiesFiltered: (segment: string, value: string, page = 1) => join(`${STORIES_SEGMENT}/${segment}/${value}/${pageSuffix(page)}`),
  story: (slug: string) => join(`${STORIES_SEGMENT}/${slug}/`),
  storiesFeed: () => join(`${STORIES_SEGMENT}/${FEED_FILE}`),
  storiesJson: () => join(`${STORIES_SEGMENT}/${JSON_FILE}`),
  submitStory: () => join('gui-cau-chuyen/'),
};
