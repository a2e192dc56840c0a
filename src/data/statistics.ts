import { getCollection } from 'astro:content';
import { computeStatistics, type StatNames, type StatStory, type Statistics } from '../lib/statistics/figures.ts';
import { buildDate, contentFields, phases } from './site-data.ts';
import { localities, stories, type Story } from './stories.ts';

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
