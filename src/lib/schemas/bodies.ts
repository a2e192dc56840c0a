import { z } from 'astro/zod';
import { editorialNote, sourceBlock, text } from './common.ts';
import type { RefFactory } from './refs.ts';

/** A body given duties in "Tổ chức thực hiện", with those duties in the source's words. */
export const bodySchema = (ref: RefFactory) =>
  z.strictObject({
    order: z.number().int().positive(),
    /** Numbering exactly as printed, slips included ("3.2"). */
    number: text,
    name: text,
    /** The numbered heading this body sits under in the source, if any. */
    parent: z
      .strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), number: text, name: text })
      .optional(),
    note: editorialNote.optional(),
    duties: z.array(sourceBlock(ref)).min(1),
  });

export type Body = z.output<ReturnType<typeof bodySchema>>;
