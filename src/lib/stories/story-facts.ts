import type { ContentField } from '../schemas/contents.ts';
import { stripFootnoteRefs } from '../text/footnotes.ts';

/** A short excerpt of a field item's official text, for links to it ("Tham gia có trách nhiệm…"). */
export function itemExcerpt(text: string, max = 110): string {
  const plain = stripFootnoteRefs(text).replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[,;:.\s]+$/, '')}…`;
}

/** The item of any field with this id, and the field it belongs to. */
export function findItem(fields: ReadonlyMap<string, ContentField>, itemId: string) {
  for (const [fieldId, field] of fields) {
    const item = field.items.find((i) => i.id === itemId);
    if (item) return { fieldId, field, item };
  }
  return undefined;
}
