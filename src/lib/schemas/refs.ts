import { z } from 'astro/zod';

/** Collections that other entries may point at. */
export type RefTarget = 'directives' | 'phases' | 'contents' | 'bodies' | 'localities' | 'indicators' | 'exemplars';

export interface EntryRef<C extends RefTarget = RefTarget> {
  collection: C;
  id: string;
}

/**
 * Schemas are written once and built twice: inside Astro with `reference()` from
 * `astro:content`, and in the content check and tests (plain Node, where `astro:content` does
 * not exist) with `plainRef`. Both produce `{ collection, id }`, so code reading the data does
 * not care which one parsed it.
 */
export type RefFactory = <C extends RefTarget>(collection: C) => z.ZodType<EntryRef<C>, unknown>;

export const plainRef: RefFactory = <C extends RefTarget>(collection: C) =>
  z
    .string({ error: `Cần ghi mã (tên tệp, không có đuôi) của một mục trong “${collection}”.` })
    .min(1)
    .transform((id): EntryRef<C> => ({ collection, id })) as unknown as z.ZodType<EntryRef<C>, unknown>;

export function isEntryRef(value: unknown): value is EntryRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as EntryRef).collection === 'string' &&
    typeof (value as EntryRef).id === 'string' &&
    Object.keys(value).length === 2
  );
}
