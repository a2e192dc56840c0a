import { getCollection } from 'astro:content';
import { computeStatistics, type StatNames, type StatStory, type Statistics } from '../lib/statistics/figures.ts';
import { ui } from '../lib/i18n/ui.ts';
import { routes } from '../lib/routes.ts';
import { figureRows } from '../lib/statistics/export.ts';
import { listRowHtml } from '../lib/statistics/list-rows.ts';
import { isStatisticsList, listPath } from '../lib/statistics/paths.ts';
import { buildDate, contentFields, fieldById, phaseById, phases } from './site-data.ts';
import { localities, localityById, stories, type Story } from './stories.ts';

/** The statistics of the campaign and of each phase, computed once per build (docs/figures.md). */

export const indicators = (await getCollection('indicators')).sort((a, b) => a.data.order - b.data.order);
export const indicatorById = new Map(indicators.map((i) => [i.id, i.data]));

export const statNames: StatNames = {
  phases: phases.map((p) => ({ id: p.id, name: p.data.name, start: p.data.start, end: p.data.end })),
  fields: contentFields.map((f) => ({
    id: f.id,
    name: f.data.name,
    items: f.data.items.map((item, i) => ({ id: item.id, name: `Mục ${f.data.number}${i + 1}` })),
  })),
  localities: localities.map((l) => ({ id: l.id, name: l.data.name })),
  indicators: indicators.map((i) => ({ id: i.id, label: i.data.label, unit: i.data.unit, aggregate: i.data.aggregate })),
};

export function statStory(story: Story): StatStory {
  const data = story.entry.data;
  return {
    id: story.id,
    kind: data.kind,
    locality: data.locality.id,
    fields: data.fields.map((f) => f.id),
    items: data.items,
    phase: data.phase.id,
    achievedOn: data.achievedOn,
    commendation: data.commendation?.status,
    figures: data.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit, indicator: f.indicator?.id })),
  };
}

const statStories = stories.map(statStory);

export interface StatisticsVariant {
  /** Undefined for the whole campaign, else the phase id (its page: /so-lieu/<phase>/). */
  phase?: string | undefined;
  title: string;
  statistics: Statistics;
}

export const variants: StatisticsVariant[] = [
  { title: 'Toàn phong trào (2022 – 2030)', statistics: computeStatistics(statStories, statNames, buildDate) },
  ...phases.map((p) => ({
    phase: p.id,
    title: p.data.heading,
    statistics: computeStatistics(
      statStories.filter((s) => s.phase === p.id),
      { ...statNames, phases: statNames.phases.filter((phase) => phase.id === p.id) },
      buildDate,
    ),
  })),
];

/**
 * Every list a number of the statistics pages links to that the stories section does not already
 * have, once each, with its stories newest first (the order of `stories`).
 */
export const statisticsLists: Array<{ path: string; title: string; phase?: string | undefined; stories: Story[] }> = (() => {
  const lists = new Map<string, { path: string; title: string; phase?: string | undefined; stories: Story[] }>();
  for (const variant of variants) {
    const s = variant.statistics;
    const buckets = [...s.byKind, ...s.byCommendation, ...s.byField, ...s.byItem, ...s.byLocality, ...s.byQuarter, ...s.indicators];
    if (variant.phase) {
      const phase = statNames.phases.find((p) => p.id === variant.phase)!;
      buckets.push({ dimension: 'phase', value: phase.id, label: phase.name, stories: s.stories });
    }
    for (const bucket of buckets) {
      if (bucket.stories.length === 0) continue;
      const path = listPath(bucket, variant.phase);
      if (!isStatisticsList(path) || lists.has(path)) continue;
      const scoped = variant.phase && bucket.dimension !== 'quarter' && bucket.dimension !== 'phase';
      const scope = scoped ? `${variant.title}, ` : '';
      const ids = new Set(bucket.stories);
      lists.set(path, { path, title: `${scope}${ui.statistics.dimensions[bucket.dimension]}: ${bucket.label}`, phase: scoped ? variant.phase : undefined, stories: stories.filter((story) => ids.has(story.id)) });
    }
  }
  return [...lists.values()];
})();

/**
 * The story × figure rows of the downloads, newest story first: built once and shared by the CSV
 * and the workbook (some 10,000 rows at 5,000 stories).
 */
let exported: ReturnType<typeof figureRows> | undefined;
export function exportRows(absolute: (path: string) => string) {
  exported ??= buildExportRows(absolute);
  return exported;
}

function buildExportRows(absolute: (path: string) => string) {
  return figureRows(
    stories.map((story) => {
      const data = story.entry.data;
      return {
        id: story.id,
        url: absolute(routes.story(story.id)),
        title: data.title,
        kind: data.kind,
        unit: data.unit.name,
        locality: localityById.get(data.locality.id)?.name ?? data.locality.id,
        fields: data.fields.map((f) => fieldById.get(f.id)?.name ?? f.id),
        items: data.items,
        phase: phaseById.get(data.phase.id)?.name ?? data.phase.id,
        achievedOn: data.achievedOn,
        commendation: data.commendation?.status,
        figures: data.figures.map((f) => ({ ...f, indicator: f.indicator?.id })),
      };
    }),
    (id) => indicatorById.get(id)?.label ?? id,
  );
}

/** A story's row in the statistics lists, serialised once however many lists count it. */
const rows = new Map<string, string>();
export function listRow(story: Story): string {
  let row = rows.get(story.id);
  if (row === undefined) {
    row = listRowHtml({
      href: routes.story(story.id),
      title: story.title,
      unit: story.unitName,
      locality: localityById.get(story.locality)?.name ?? story.locality,
      achievedOn: story.achievedOn,
    });
    rows.set(story.id, row);
  }
  return row;
}
