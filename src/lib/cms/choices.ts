/**
 * What the story form offers in its lists: the localities, fields of emulation, their items,
 * phases and directives as the content collections hold them today, each with the Vietnamese
 * name an editor knows and the id the story file stores. Read from typed entries, so a new
 * locality or directive file reaches the form at the next build.
 */
import type { ContentEntries } from '../content/entries.ts';
import { validityText } from '../statistics/localities.ts';
import { itemExcerpt } from '../stories/story-facts.ts';

interface Choice {
  label: string;
  value: string;
}

export interface WorkspaceChoices {
  localities: Choice[];
  contents: Choice[];
  /** Items of every field, named with their field first: the form cannot filter by field. */
  items: Choice[];
  phases: Choice[];
  directives: Choice[];
  /** Indicators a figure may count towards, with their unit (issue 14, docs/figures.md). */
  indicators: Choice[];
}

/** The collections the choices come from (what the build must read). */
export const CHOICE_COLLECTIONS = ['localities', 'contents', 'phases', 'directives', 'indicators'] as const;

/** Characters of an item's text in the form's list of items: enough to tell them apart. */
const ITEM_EXCERPT = 90;

const byOrder = <T extends { data: { order: number } }>(entries: T[]) => [...entries].sort((a, b) => a.data.order - b.data.order);

export function workspaceChoices(entries: ContentEntries): WorkspaceChoices {
  const contents = byOrder(entries.list('contents'));
  return {
    // Former units stay offered (a story may be from before 1/7/2025), labelled with their dates.
    localities: byOrder(entries.list('localities')).map((e) => ({
      label: e.data.from || e.data.until ? `${e.data.name} (${validityText(e.data)})` : e.data.name,
      value: e.id,
    })),
    contents: contents.map((e) => ({ label: e.data.name, value: e.id })),
    items: contents.flatMap((field) =>
      field.data.items.map((item, index) => ({ label: `${field.data.name} – ${index + 1}. ${itemExcerpt(item.text, ITEM_EXCERPT)}`, value: item.id })),
    ),
    phases: byOrder(entries.list('phases')).map((e) => ({ label: e.data.heading, value: e.id })),
    directives: byOrder(entries.list('directives')).map((e) => ({ label: e.data.title, value: e.id })),
    indicators: byOrder(entries.list('indicators')).map((e) => ({ label: `${e.data.label} (${e.data.unit})`, value: e.id })),
  };
}
