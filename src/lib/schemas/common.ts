import { z } from 'astro/zod';
import { parsePartialDate, type PartialDate } from '../partial-date.ts';
import type { RefFactory } from './refs.ts';

/** Anchor ids and entry ids: lowercase ASCII words joined by hyphens, stable in URLs. */
export const anchorId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: muc-dich-1).',
  });

/** Text taken from the source or written by an editor: no empty strings, no stray edges. */
export const text = z
  .string()
  .min(1, { error: 'Không được để trống.' })
  .refine((s) => s === s.trim(), { error: 'Có khoảng trắng thừa ở đầu hoặc cuối. Hãy xoá chúng.' });

/** A visible editor's note beside the official text, e.g. on a slip in the source. */
export const editorialNote = text;

export const partialDate = z
  .union([z.string(), z.number().int(), z.date()])
  .transform((value, ctx): PartialDate => {
    const raw = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    const parsed = parsePartialDate(raw);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `“${raw}” không phải là một thời điểm hợp lệ. Viết 2023-03-21 (ngày), 2023-03 (tháng), 2023-Q2 (quý) hoặc 2023 (năm).`,
      });
      return z.NEVER;
    }
    return parsed;
  });

export const citations = (ref: RefFactory) => z.array(ref('directives')).optional();

/** One paragraph or bullet of the official text, with its own anchor. */
export const sourceBlock = (ref: RefFactory) =>
  z.strictObject({
    id: anchorId,
    text,
    cites: citations(ref),
    note: editorialNote.optional(),
  });

export type SourceBlock = z.output<ReturnType<typeof sourceBlock>>;
