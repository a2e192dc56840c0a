import { mustGet } from '../guidance-outline.ts';
import { ui } from '../i18n/ui.ts';
import { parentHeadingsOnce } from '../parent-headings.ts';
import { formatPartialDate } from '../partial-date.ts';
import type { Body } from '../schemas/bodies.ts';
import type { SourceBlock } from '../schemas/common.ts';
import type { ContentField } from '../schemas/contents.ts';
import type { GuidanceDocument, GuidanceSection } from '../schemas/guidance.ts';
import type { Phase } from '../schemas/phases.ts';
import { splitFootnoteRefs, type TextPart } from '../text/footnotes.ts';

/**
 * The guidance as a word-processor document: the same stored sentences as the /huong-dan/ page,
 * in the same order, as plain blocks that a writer (./word.ts) lays out. Editorial notes are not
 * part of the text: they are comments anchored on the blocks they annotate. The source gives
 * the guidance no number and no date, so the document prints none (the page says "not in the
 * source" in its facts list, which is the site's, not the document's); a confirmed value added
 * to content/guidance/document.yaml would be printed under the title.
 */

export type BlockKind = 'heading' | 'paragraph' | 'bullet';

/** Where a block sits in an administrative document's layout; plain body text has none. */
export type BlockRole = 'document-kind' | 'title' | 'fact' | 'recipients-label' | 'recipient' | 'signature' | 'signer';

export interface DocumentBlock {
  kind: BlockKind;
  /** Headings: 1 for a section ("I. MỤC ĐÍCH, YÊU CẦU"), 2 below it, 3 below a numbered parent. */
  level?: 1 | 2 | 3;
  role?: BlockRole;
  /** The text, with the footnote marks where the page puts them. */
  parts: TextPart[];
}

/** An editorial note, anchored from the start of block `from` to the end of block `to`. */
export interface DocumentComment {
  id: number;
  text: string;
  from: number;
  to: number;
}

export interface DocumentFootnote {
  id: number;
  /** The footnote's items, each a bullet as in the source. */
  items: string[];
}

export interface GuidanceDocumentModel {
  title: string;
  blocks: DocumentBlock[];
  footnotes: DocumentFootnote[];
  comments: DocumentComment[];
}

export interface GuidanceInput {
  document: GuidanceDocument;
  /** Sections in any order; they are laid out by their `order`. */
  sections: Array<{ id: string; data: GuidanceSection }>;
  phases: ReadonlyMap<string, Phase>;
  contents: ReadonlyMap<string, ContentField>;
  bodies: ReadonlyMap<string, Body>;
}

export function guidanceDocumentModel(input: GuidanceInput): GuidanceDocumentModel {
  const { document: doc } = input;
  const blocks: DocumentBlock[] = [];
  const comments: DocumentComment[] = [];

  const add = (block: Omit<DocumentBlock, 'parts'> & { text: string }, note?: string): number => {
    const { text, ...rest } = block;
    blocks.push({ ...rest, parts: splitFootnoteRefs(text) });
    const index = blocks.length - 1;
    if (note) annotate(note, index, index);
    return index;
  };
  const annotate = (text: string, from: number, to: number) => {
    comments.push({ id: comments.length, text, from, to });
  };
  const heading = (level: 1 | 2 | 3, text: string, note?: string) => add({ kind: 'heading', level, text }, note);
  const sourceBlocks = (kind: 'paragraph' | 'bullet', items: SourceBlock[]) => {
    for (const item of items) add({ kind, text: item.text }, item.note);
  };

  add({ kind: 'paragraph', role: 'document-kind', text: doc.kind });
  add({ kind: 'paragraph', role: 'title', text: doc.title }, doc.titleNote);
  if (doc.number) add({ kind: 'paragraph', role: 'fact', text: `${ui.directive.number}: ${doc.number}` });
  if (doc.date) add({ kind: 'paragraph', role: 'fact', text: `${ui.directive.date}: ${formatPartialDate(doc.date)}` });

  const parentHeading = parentHeadingsOnce<NonNullable<Body['parent']>>();
  const sections = [...input.sections].sort((a, b) => a.data.order - b.data.order);
  for (const { data: section } of sections) {
    if (section.number && section.title) heading(1, `${section.number}. ${section.title}`);
    for (const block of section.blocks) {
      switch (block.type) {
        case 'paragraph':
          sourceBlocks('paragraph', [block]);
          break;
        case 'list':
          sourceBlocks('bullet', block.items);
          break;
        case 'heading':
          heading(2, block.number ? `${block.number} ${block.text}` : block.text, block.note);
          break;
        case 'phase': {
          const phase = mustGet(input.phases, block.phase.id, 'phases');
          heading(2, `${phase.number} ${phase.heading}`);
          sourceBlocks('bullet', phase.items);
          break;
        }
        case 'field': {
          const field = mustGet(input.contents, block.field.id, 'contents');
          heading(2, `${field.number} ${field.heading}`);
          sourceBlocks('bullet', field.items);
          break;
        }
        case 'body': {
          const body = mustGet(input.bodies, block.body.id, 'bodies');
          const parent = parentHeading(body.parent);
          if (parent) heading(2, `${parent.number} ${parent.name}`);
          heading(body.parent ? 3 : 2, `${body.number} ${body.name}`, body.note);
          sourceBlocks('bullet', body.duties);
          break;
        }
      }
    }
  }

  add({ kind: 'paragraph', role: 'recipients-label', text: doc.recipients.label });
  const recipients = doc.recipients.items.map((text) => add({ kind: 'bullet', role: 'recipient', text }));
  if (doc.recipients.note) annotate(doc.recipients.note, recipients[0]!, recipients.at(-1)!);

  add({ kind: 'paragraph', role: 'signature', text: doc.signature.onBehalfOf });
  add({ kind: 'paragraph', role: 'signature', text: doc.signature.title });
  add({ kind: 'paragraph', role: 'signer', text: doc.signature.name });

  return {
    title: doc.title,
    blocks,
    footnotes: doc.footnotes.map((note) => ({ id: Number(note.id), items: note.items.map((item) => item.text) })),
    comments,
  };
}
