import { z } from 'astro/zod';
import { comparePartialDates } from '../partial-date.ts';
import { partialDate, text } from './common.ts';

/**
 * Levels of local government as the Law on Organisation of Local Government names them. Until
 * 30 June 2025 Kon Tum had three (province, district, commune); from 1 July 2025 there are two
 * (province, commune): docs/figures.md, "Localities over time".
 */
export const LOCALITY_LEVELS = ['cấp tỉnh', 'cấp huyện', 'cấp xã'] as const;

/** A locality (địa bàn) a story may name. The list lives in content/ so editors can extend it. */
export const localitySchema = z
  .strictObject({
    name: text,
    /** Administrative kind as commonly written: "thành phố", "huyện", "toàn tỉnh"… */
    kind: text,
    level: z.enum(LOCALITY_LEVELS, { error: `Cấp hành chính phải là một trong: ${LOCALITY_LEVELS.join(', ')}.` }),
    /** First day the unit existed, when it began during the campaign (absent: before it). */
    from: partialDate.optional(),
    /** Last day the unit existed, when it ended during the campaign (absent: it still exists). */
    until: partialDate.optional(),
    order: z.number().int().nonnegative(),
  })
  .refine((l) => !l.from || !l.until || comparePartialDates(l.from, l.until) <= 0, {
    error: 'Ngày bắt đầu (from) phải trước hoặc bằng ngày kết thúc (until).',
    path: ['until'],
  });

export type Locality = z.output<typeof localitySchema>;
