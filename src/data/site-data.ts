import { getCollection, getEntry } from 'astro:content';
import { resolveBuildDate } from '../lib/build-date.ts';
import { citationsByDirective, outlineGuidance } from '../lib/guidance-outline.ts';
import { campaignState } from '../lib/phases.ts';

/** Everything pages need from the collections, loaded once per build and sorted for display. */

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

export const buildDate = resolveBuildDate(process.env);

const documentEntry = await getEntry('guidanceDocument', 'document');
if (!documentEntry) throw new Error('content/guidance/document.yaml is missing.');
export const guidanceDocument = documentEntry.data;

export const sections = (await getCollection('guidance')).sort(byOrder);
export const phases = (await getCollection('phases')).sort(byOrder);
export const contentFields = (await getCollection('contents')).sort(byOrder);
export const directives = (await getCollection('directives')).sort(byOrder);
export const bodies = (await getCollection('bodies')).sort(byOrder);

const mapOf = <T extends { id: string; data: unknown }>(entries: T[]) =>
  new Map(entries.map((e) => [e.id, e.data as T['data']]));

export const phaseById = mapOf(phases);
export const fieldById = mapOf(contentFields);
export const bodyById = mapOf(bodies);
export const directiveById = mapOf(directives);

export const guidanceBlocks = outlineGuidance({
  sections,
  phases: phaseById,
  contents: fieldById,
  bodies: bodyById,
  footnotes: guidanceDocument.footnotes,
});

export const citations = citationsByDirective(guidanceBlocks);

export const allMilestones = phases.flatMap((phase) =>
  phase.data.milestones.map((m) => ({ ...m, phaseId: phase.id, phaseName: phase.data.name })),
);

/** Where the campaign stands on the build date (the home page's card, the poster). */
export const campaignStateNow = campaignState(
  phases.map((p) => ({ id: p.id, start: p.data.start, end: p.data.end, data: p.data })),
  buildDate,
);
