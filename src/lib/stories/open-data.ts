import { partialDateToString, type PartialDate } from '../partial-date.ts';
import type { Exemplar } from '../schemas/exemplars.ts';
import { isHttpsUrl } from '../text/safe-url.ts';
import { publishedMarkdown } from './published-markdown.ts';

/**
 * The open-data record of one story (documented in docs/open-data.md). Field names are stable
 * English keys; values are the Vietnamese content; dates keep their precision
 * ("2024-06", "2025-Q1"); references carry both the id and the display name.
 */
export interface StoryRecord {
  id: string;
  url: string;
  title: string;
  summary: string;
  kind: string;
  person: string | null;
  unit: { name: string; level: string };
  locality: { id: string; name: string };
  fields: Array<{ id: string; name: string }>;
  items: string[];
  phase: { id: string; name: string };
  achievedOn: string;
  publishedOn: string;
  figures: Array<{ label: string; value: number; unit: string; indicator: string | null }>;
  commendation: { status: string; title: string; by: string | null; date: string | null } | null;
  directives: Array<{ id: string; title: string; number: string | null }>;
  cover: { url: string; alt: string } | null;
  sources: Array<{ title: string; url: string | null }>;
  author: { name: string; unit: string | null };
  editor: string | null;
  /** The story text as its editor wrote it, in Markdown, less what the page never shows (published-markdown.ts). */
  body: string;
}

export interface OpenDataLookups {
  url: (id: string) => string;
  locality: (id: string) => string;
  field: (id: string) => string;
  phase: (id: string) => string;
  directive: (id: string) => { title: string; number?: string | undefined };
  cover: (id: string) => string | undefined;
}

const date = (d: PartialDate) => partialDateToString(d);

export function storyRecord(id: string, data: Exemplar, body: string, look: OpenDataLookups): StoryRecord {
  const coverUrl = data.cover ? look.cover(id) : undefined;
  return {
    id,
    url: look.url(id),
    title: data.title,
    summary: data.summary,
    kind: data.kind,
    person: data.person ?? null,
    unit: { name: data.unit.name, level: data.unit.level },
    locality: { id: data.locality.id, name: look.locality(data.locality.id) },
    fields: data.fields.map((f) => ({ id: f.id, name: look.field(f.id) })),
    items: data.items,
    phase: { id: data.phase.id, name: look.phase(data.phase.id) },
    achievedOn: date(data.achievedOn),
    publishedOn: date(data.publishedOn),
    figures: data.figures.map((f) => ({ label: f.label, value: f.value, unit: f.unit, indicator: f.indicator?.id ?? null })),
    commendation: data.commendation
      ? {
          status: data.commendation.status,
          title: data.commendation.title,
          by: data.commendation.by ?? null,
          date: data.commendation.date ? date(data.commendation.date) : null,
        }
      : null,
    directives: data.directives.map((r) => {
      const d = look.directive(r.id);
      return { id: r.id, title: d.title, number: d.number ?? null };
    }),
    cover: data.cover && coverUrl ? { url: coverUrl, alt: data.cover.alt } : null,
    // Only what the schema allows, even from a build that skipped the check.
    sources: data.sources.map((s) => ({ title: s.title, url: s.url && isHttpsUrl(s.url) ? s.url : null })),
    author: { name: data.author.name, unit: data.author.unit ?? null },
    editor: data.editor ?? null,
    body: publishedMarkdown(body).trim(),
  };
}

export const OPEN_DATA_VERSION = 1;

/**
 * The open-data file's text. JSON needs no more than JSON.stringify, but the file is also read
 * by tools that paste it into a page: “<”, “>” and “&” are written as \u escapes (the values are
 * unchanged), so no `</script>` or `<!--` in a story can end a script element it is pasted into,
 * and U+2028/U+2029 are escaped for JavaScript parsers older than ES2019.
 */
export function openDataJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
