import { slugify } from '../text/slug.ts';
import { ui } from '../i18n/ui.ts';
import { countBy, FILTER_DIMENSIONS, type FilterDimension, type StorySummary } from './listing.ts';
import { EXEMPLAR_KINDS } from '../schemas/exemplars.ts';

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export interface FilterGroup {
  dimension: FilterDimension;
  label: string;
  options: FilterOption[];
}

export interface FilterNames {
  localities: Array<{ id: string; name: string }>;
  fields: Array<{ id: string; name: string }>;
}

/**
 * Every filter with its count, in display order: the controlled lists (localities, fields,
 * kinds) show every value, even at 0, so readers see where stories are missing; years show
 * only those that have stories, newest first.
 */
export function filterGroups(stories: readonly StorySummary[], names: FilterNames): FilterGroup[] {
  return FILTER_DIMENSIONS.map((dimension) => {
    const counts = countBy(stories, dimension);
    const count = (value: string) => counts.get(value) ?? 0;
    let options: FilterOption[];
    switch (dimension) {
      case 'locality':
        options = names.localities.map((l) => ({ value: l.id, label: l.name, count: count(l.id) }));
        break;
      case 'field':
        options = names.fields.map((f) => ({ value: f.id, label: f.name, count: count(f.id) }));
        break;
      case 'kind':
        options = EXEMPLAR_KINDS.map((k) => ({ value: slugify(k), label: ui.stories.kind[k], count: count(slugify(k)) }));
        break;
      case 'year':
        options = [...counts.keys()]
          .sort((a, b) => Number(b) - Number(a))
          .map((year) => ({ value: year, label: ui.stories.yearOption(year), count: count(year) }));
        break;
    }
    return { dimension, label: ui.stories.filterLabels[dimension], options };
  });
}
