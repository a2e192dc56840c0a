/**
 * The campaign's figures for the statistics pages (/so-lieu/) and their downloads: pure counting
 * over stories, with the ids of the stories behind every number so each one can link to exactly
 * the stories it counts. No Astro: the pages render what this returns, the tests recompute it.
 */
import { formatPartialDate, partialDateRange, type PartialDate } from '../partial-date.ts';
import { ui } from '../i18n/ui.ts';
import type { SITE_MAP } from '../site-map.ts';
import type { ExemplarKind } from '../schemas/exemplars.ts';
import type { IndicatorAggregate } from '../schemas/indicators.ts';

export type CommendationStatus = 'đề nghị' | 'đã nhận';

/** What the statistics need of a story. */
export interface StatStory {
  id: string;
  kind: ExemplarKind;
  locality: string;
  fields: readonly string[];
  items: readonly string[];
  phase: string;
  achievedOn: PartialDate;
  commendation?: CommendationStatus | undefined;
  figures: ReadonlyArray<{ label: string; value: number; unit: string; indicator?: string | undefined }>;
}

export interface Named {
  id: string;
  name: string;
}

export interface StatIndicator {
  id: string;
  label: string;
  unit: string;
  aggregate: IndicatorAggregate;
}

/** The controlled lists the counts are shown against, in display order; `phases` also sets the quarters shown. */
export interface StatNames {
  phases: ReadonlyArray<Named & { start: PartialDate; end: PartialDate }>;
  fields: ReadonlyArray<Named & { items: readonly Named[] }>;
  localities: readonly Named[];
  indicators: readonly StatIndicator[];
}

/** The dimensions a number can count stories by; each is a URL segment of the story lists. */
export type StatDimension = 'phase' | 'field' | 'item' | 'locality' | 'quarter' | 'kind' | 'commendation' | 'indicator';

/** One number: the stories with `value` in `dimension`. */
export interface Bucket {
  dimension: StatDimension;
  value: string;
  label: string;
  stories: string[];
}

export interface IndicatorTotal extends Bucket {
  indicator: StatIndicator;
  /** Sum of the values, or the number of figures for an indicator that counts. */
  total: number;
  figures: number;
}

export interface Statistics {
  stories: string[];
  byKind: Bucket[];
  /** Localities with at least one story, as they were named when the achievement happened. */
  localitiesRepresented: number;
  byCommendation: Bucket[];
  byField: Bucket[];
  byItem: Bucket[];
  byLocality: Bucket[];
  /** Every quarter of the span, empty ones included, so gaps show. */
  byQuarter: Bucket[];
  /** The first quarter of each phase after the first: where the chart marks a boundary. */
  phaseBoundaries: string[];
  /** Stories dated only to a year, which no quarter can hold. */
  yearOnly: string[];
  indicators: IndicatorTotal[];
  /** Figures that name no indicator: shown on their stories, not added up. */
  figuresWithoutIndicator: number;
  figuresWithIndicator: number;
}

/** URL values of the kinds: the story lists' own (slugify in src/lib/stories/filters.ts). */
export const KIND_VALUES: Record<ExemplarKind, string> = { 'tập thể': 'tap-the', 'cá nhân': 'ca-nhan' };
export const COMMENDATION_VALUES: Record<CommendationStatus, string> = { 'đề nghị': 'de-nghi', 'đã nhận': 'da-nhan' };

/** The quarter a date falls in, as a URL value (`2024-q2`), or undefined for a bare year. */
export function quarterOf(date: PartialDate): string | undefined {
  switch (date.precision) {
    case 'year':
      return undefined;
    case 'quarter':
      return `${date.year}-q${date.quarter}`;
    default:
      return `${date.year}-q${Math.floor((date.month - 1) / 3) + 1}`;
  }
}

function quarterOfDay(day: Date): string {
  return `${day.getUTCFullYear()}-q${Math.floor(day.getUTCMonth() / 3) + 1}`;
}

/** Every quarter from the start of `start` to the end of `end`, as URL values. */
export function quartersBetween(start: PartialDate, end: PartialDate): string[] {
  const first = partialDateRange(start).start;
  const last = partialDateRange(end).end;
  const quarters: string[] = [];
  for (let day = first; day < last; day = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 3, 1))) {
    quarters.push(quarterOfDay(day));
  }
  return quarters;
}

export function quarterLabel(value: string): string {
  const [year, quarter] = value.split('-q').map(Number);
  return formatPartialDate({ precision: 'quarter', year: year!, quarter: quarter! });
}

const kindLabel = (kind: ExemplarKind) => ui.stories.kind[kind];
const commendationLabel = (status: CommendationStatus) => ui.stories.commendation[status];

/**
 * A story's values in the dimensions its page declares to search for the statistics' links
 * (SITE_MAP.search.linkFilters), labelled as the buckets that count it are: a number links to
 * the search page filtered on its bucket's label, and finds exactly the stories it counts.
 */
export function storyLabels(story: StatStory, names: StatNames): Record<(typeof SITE_MAP.search.linkFilters)[number], string[]> {
  const quarter = quarterOf(story.achievedOn);
  const items = names.fields.flatMap((f) => f.items);
  return {
    kind: [kindLabel(story.kind)],
    item: items.filter((i) => story.items.includes(i.id)).map((i) => i.name),
    quarter: quarter ? [quarterLabel(quarter)] : [],
    commendation: story.commendation ? [commendationLabel(story.commendation)] : [],
    indicator: names.indicators.filter((i) => story.figures.some((f) => f.indicator === i.id)).map((i) => i.label),
  };
}

/**
 * Adds up the figures of the stories given (all of them, or one phase's). Quarters run from the
 * first phase's start to the quarter of `today` or the last phase's end, whichever is first: a
 * quarter still to come is not a quarter with no stories.
 */
export function computeStatistics(stories: readonly StatStory[], names: StatNames, today: Date): Statistics {
  const bucket = (dimension: StatDimension, value: string, label: string, match: (s: StatStory) => boolean): Bucket => ({
    dimension,
    value,
    label,
    stories: stories.filter(match).map((s) => s.id),
  });
  // The span of the quarter chart: the phases given (all of them, or the one of a phase's page).
  const span = names.phases;
  const last = quarterOfDay(today);
  const quarters = span.length ? quartersBetween(span[0]!.start, span.at(-1)!.end) : [];
  const shown = quarters.includes(last) ? quarters.slice(0, quarters.indexOf(last) + 1) : quarters.filter((q) => q < last);
  const byQuarter = shown.map((q) => bucket('quarter', q, quarterLabel(q), (s) => quarterOf(s.achievedOn) === q));
  const byLocality = names.localities.map((l) => bucket('locality', l.id, l.name, (s) => s.locality === l.id));

  let withIndicator = 0;
  let withoutIndicator = 0;
  for (const story of stories) {
    for (const figure of story.figures) figure.indicator ? withIndicator++ : withoutIndicator++;
  }

  return {
    stories: stories.map((s) => s.id),
    byKind: (Object.keys(KIND_VALUES) as ExemplarKind[]).map((kind) => bucket('kind', KIND_VALUES[kind], kindLabel(kind), (s) => s.kind === kind)),
    localitiesRepresented: byLocality.filter((b) => b.stories.length > 0).length,
    byCommendation: (Object.keys(COMMENDATION_VALUES) as CommendationStatus[]).map((status) =>
      bucket('commendation', COMMENDATION_VALUES[status], commendationLabel(status), (s) => s.commendation === status),
    ),
    byField: names.fields.map((f) => bucket('field', f.id, f.name, (s) => s.fields.includes(f.id))),
    byItem: names.fields.flatMap((f) => f.items.map((item) => bucket('item', item.id, item.name, (s) => s.items.includes(item.id)))),
    byLocality,
    byQuarter,
    phaseBoundaries: span
      .slice(1)
      .map((p) => quarterOfDay(partialDateRange(p.start).start))
      .filter((q) => shown.includes(q)),
    yearOnly: stories.filter((s) => quarterOf(s.achievedOn) === undefined).map((s) => s.id),
    indicators: names.indicators.map((indicator) => {
      const figures = stories.flatMap((s) => s.figures.filter((f) => f.indicator === indicator.id));
      const total = indicator.aggregate === 'đếm' ? figures.length : figures.reduce((sum, f) => sum + f.value, 0);
      return {
        ...bucket('indicator', indicator.id, indicator.label, (s) => s.figures.some((f) => f.indicator === indicator.id)),
        indicator,
        total: roundSum(total),
        figures: figures.length,
      };
    }),
    figuresWithoutIndicator: withoutIndicator,
    figuresWithIndicator: withIndicator,
  };
}

/** Sums of decimals drift (0.1 + 0.2); figures are written with a few decimals at most. */
function roundSum(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
