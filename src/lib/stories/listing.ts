import { comparePartialDates, type PartialDate } from '../partial-date.ts';
import type { ExemplarKind } from '../schemas/exemplars.ts';
import { slugify } from '../text/slug.ts';
import { LISTING_SEGMENTS, STORY_FILTERS, type StoryFilter } from './paths.ts';

/** What the story lists need of a story: enough for a card, a filter and a sort. */
export interface StorySummary {
  id: string;
  title: string;
  summary: string;
  kind: ExemplarKind;
  unitName: string;
  person?: string | undefined;
  locality: string;
  fields: string[];
  achievedOn: PartialDate;
  publishedOn: PartialDate;
}

/** Stories per list page: a page of cards stays small on a cheap phone, whatever the total. */
export const PAGE_SIZE = 20;

/** A filter of the story lists, by name (its URL segment: LISTING_SEGMENTS). */
export type FilterDimension = StoryFilter;

export const FILTER_DIMENSIONS = STORY_FILTERS;

export const segmentOf = (dimension: FilterDimension) => LISTING_SEGMENTS[dimension];

/** Newest first by publication date, then by title so the order is stable between builds. */
export function sortStories<T extends StorySummary>(stories: readonly T[]): T[] {
  return [...stories].sort(
    (a, b) => comparePartialDates(b.publishedOn, a.publishedOn) || a.title.localeCompare(b.title, 'vi') || a.id.localeCompare(b.id),
  );
}

/** The URL value(s) a story has in one filter dimension. */
export function valuesOf(story: StorySummary, dimension: FilterDimension): string[] {
  switch (dimension) {
    case 'locality':
      return [story.locality];
    case 'field':
      return story.fields;
    case 'kind':
      return [slugify(story.kind)];
    case 'year':
      return [String(story.achievedOn.year)];
  }
}

/** How many stories each value of a dimension has, for the counts next to each filter. */
export function countBy(stories: readonly StorySummary[], dimension: FilterDimension): Map<string, number> {
  const counts = new Map<string, number>();
  for (const story of stories) {
    for (const value of new Set(valuesOf(story, dimension))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export function filterStories<T extends StorySummary>(stories: readonly T[], dimension: FilterDimension, value: string): T[] {
  return stories.filter((story) => valuesOf(story, dimension).includes(value));
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
  /** Position of the first item on this page, 1-based, for "21–40 trên 53". */
  first: number;
}

/** Always at least one page, so an empty list still has a page that says so. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): Array<ListPage<T>> {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
    first: i * size + 1,
  }));
}

/** Page numbers to link around the current one, with null for a gap: 1 … 4 5 6 … 20. */
export function pageWindow(current: number, total: number, radius = 1): Array<number | null> {
  const pages: Array<number | null> = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= radius) pages.push(n);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}
