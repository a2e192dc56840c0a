/**
 * Where each number of the statistics pages links: to exactly the stories it counts. On the
 * campaign's page a count by locality, field or kind links to its story list under /cau-chuyen/
 * (static, no script needed). Every other count links to the search page filtered on the
 * stories' material type, the page's phase and the number's own value, as the story pages
 * declare them (SearchMeta, storyLabels): /tim-kiem/?tai-lieu=…&giai-doan=Giai+đoạn+1&muc=Mục+1.4.
 * Static lists for these (some 145 pages at 5,000 stories) made the build 15 % longer
 * (docs/figures.md, "Cost").
 */
import { FILTER_KEYS, SITE_MAP, type FilterName } from '../site-map.ts';
import { STORY_FILTERS } from '../stories/paths.ts';
import type { Bucket } from './figures.ts';

/** Downloads of the statistics pages, beside /so-lieu/. */
export const CSV_FILE = 'so-lieu.csv';
export const XLSX_FILE = 'so-lieu.xlsx';

/** A number's link: a story list (segment and value) or search filters (filter name → value). */
export type NumberLink =
  | { list: { segment: string; value: string } }
  | { search: Partial<Record<FilterName, string>> };

/** `phaseName`: the name of the phase whose page shows the number ("Giai đoạn 1"), if any. */
export function numberLink(bucket: Pick<Bucket, 'dimension' | 'value' | 'label'>, phaseName?: string): NumberLink {
  if (!phaseName && (STORY_FILTERS as readonly string[]).includes(bucket.dimension)) {
    return { list: { segment: FILTER_KEYS[bucket.dimension], value: bucket.value } };
  }
  const search: Partial<Record<FilterName, string>> = { materialType: SITE_MAP.stories.materialType };
  if (phaseName) search.phase = phaseName;
  if (bucket.dimension !== 'phase') search[bucket.dimension] = bucket.label;
  return { search };
}
