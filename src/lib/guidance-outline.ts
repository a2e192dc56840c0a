import { ui } from './i18n/ui.ts';
import type { EntryRef } from './schemas/refs.ts';

/**
 * The guidance is stored across collections (its sections point at phases, fields of
 * emulation and bodies). This walks it in reading order and yields every paragraph or bullet
 * with where it sits, for citations, excerpts and tests, without any Astro import.
 */

interface Block {
  id: string;
  text: string;
  cites?: EntryRef<'directives'>[] | undefined;
}

interface SectionInput {
  id: string;
  data: {
    order: number;
    label: string;
    blocks: Array<
      | ({ type: 'paragraph' } & Block)
      | { type: 'list'; items: Block[] }
      | { type: 'heading'; id: string; text: string }
      | { type: 'phase'; phase: EntryRef<'phases'> }
      | { type: 'field'; field: EntryRef<'contents'> }
      | { type: 'body'; body: EntryRef<'bodies'> }
    >;
  };
}

export interface OutlineInput {
  sections: SectionInput[];
  phases: Map<string, { heading: string; number: string; items: Block[] }>;
  contents: Map<string, { heading: string; number: string; items: Block[] }>;
  bodies: Map<string, { name: string; number: string; duties: Block[] }>;
  footnotes: Array<{ id: string; items: Block[] }>;
}

export interface LocatedBlock extends Block {
  sectionId: string;
  sectionLabel: string;
  /** The numbered sub-heading the block sits under, if any ("1. Giai đoạn 1 (…)"). */
  heading?: string;
}

export function outlineGuidance(input: OutlineInput): LocatedBlock[] {
  const out: LocatedBlock[] = [];
  const sections = [...input.sections].sort((a, b) => a.data.order - b.data.order);
  for (const section of sections) {
    const at = { sectionId: section.id, sectionLabel: section.data.label };
    const push = (blocks: Block[], heading?: string) => {
      for (const block of blocks) out.push({ ...block, ...at, ...(heading ? { heading } : {}) });
    };
    for (const block of section.data.blocks) {
      switch (block.type) {
        case 'paragraph':
          push([block]);
          break;
        case 'list':
          push(block.items);
          break;
        case 'heading':
          break;
        case 'phase': {
          const phase = mustGet(input.phases, block.phase.id, 'phases');
          push(phase.items, `${phase.number} ${phase.heading}`);
          break;
        }
        case 'field': {
          const field = mustGet(input.contents, block.field.id, 'contents');
          push(field.items, `${field.number} ${field.heading}`);
          break;
        }
        case 'body': {
          const body = mustGet(input.bodies, block.body.id, 'bodies');
          push(body.duties, `${body.number} ${body.name}`);
          break;
        }
      }
    }
  }
  for (const note of input.footnotes) {
    for (const item of note.items) {
      out.push({ ...item, sectionId: 'chu-thich', sectionLabel: ui.guidance.footnote(note.id) });
    }
  }
  return out;
}

/** An entry the guidance points at, or an error naming the missing one. */
export function mustGet<V>(map: ReadonlyMap<string, V>, id: string, collection: string): V {
  const value = map.get(id);
  if (!value) throw new Error(`The guidance points at ${collection}/${id}, which does not exist.`);
  return value;
}

/** For each directive id, the blocks that cite it, in reading order. */
export function citationsByDirective(blocks: LocatedBlock[]): Map<string, LocatedBlock[]> {
  const map = new Map<string, LocatedBlock[]>();
  for (const block of blocks) {
    for (const ref of block.cites ?? []) {
      const list = map.get(ref.id) ?? [];
      list.push(block);
      map.set(ref.id, list);
    }
  }
  return map;
}
