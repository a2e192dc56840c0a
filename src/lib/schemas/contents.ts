import { z } from 'astro/zod';
import { sourceBlock, text } from './common.ts';
import type { RefFactory } from './refs.ts';

/** One field of emulation (Nội dung phong trào thi đua) and the items the source lists. */
export const contentFieldSchema = (ref: RefFactory) =>
  z.strictObject({
    order: z.number().int().positive(),
    number: text,
    /** The heading as in the source. */
    heading: text,
    /** Short name for navigation, filters and cards. */
    name: text,
    items: z.array(sourceBlock(ref)).min(1),
  });

export type ContentField = z.output<ReturnType<typeof contentFieldSchema>>;
