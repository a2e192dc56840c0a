import { getCollection, type CollectionEntry } from 'astro:content';
import { ui } from '../lib/i18n/ui.ts';
import { filterGroups, type FilterOption } from '../lib/stories/filters.ts';
import { sortStories, type StorySummary } from '../lib/stories/listing.ts';
import { contentFields } from './site-data.ts';

/** Stories and localities, loaded once per build, newest story first. */

export type StoryEntry = CollectionEntry<'exemplars'>;
export type Story = StorySummary & { entry: StoryEntry };

export const localities = (await getCollection('localities')).sort((a, b) => a.data.order - b.data.order);
export const localityById = new Map(localities.map((l) => [l.id, l.data]));

export const stories: Story[] = sortStories(
  (await getCollection('exemplars')).map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    kind: entry.data.kind,
    unitName: entry.data.unit.name,
    person: entry.data.person,
    locality: entry.data.locality.id,
    fields: entry.data.fields.map((f) => f.id),
    achievedOn: entry.data.achievedOn,
    publishedOn: entry.data.publishedOn,
    entry,
  })),
);

/** Filters and their counts over all stories: computed once, shown on every list page. */
export const storyFilterGroups = filterGroups(stories, {
  localities: localities.map((l) => ({ id: l.id, name: l.data.name })),
  fields: contentFields.map((f) => ({ id: f.id, name: f.data.name })),
});

/**
 * Each filter option's text with its count, “Đắk Glei (12)”: every list page shows all of them,
 * so they are formatted once, not on each of the ~1,300 list pages of 5,000 stories.
 */
const optionTexts = new Map(
  storyFilterGroups.flatMap((group) => group.options.map((option) => [option, ui.stories.list.option(option.label, option.count)] as const)),
);
export const filterOptionText = (option: FilterOption): string => optionTexts.get(option)!;
