import { z } from 'astro/zod';
import { anchorId, text } from './common.ts';
import type { RefFactory } from './refs.ts';

/**
 * How an indicator's figures add up: `tổng` sums their values, `đếm` counts the figures (one
 * per story that reports it), for indicators whose value is a yes/no achievement.
 */
export const INDICATOR_AGGREGATES = ['tổng', 'đếm'] as const;
export type IndicatorAggregate = (typeof INDICATOR_AGGREGATES)[number];

/**
 * An indicator (chỉ tiêu) that story figures may name, so the statistics page can add them up.
 * Its wording comes from an item of the guidance: `item` names it and `quote` is the words of
 * that item it measures (checked word for word by the rule indicator-sources). No target and
 * no total: the guidance sets none.
 */
export const indicatorSchema = (ref: RefFactory) =>
  z.strictObject({
    label: text,
    /** The one unit every figure of this indicator is written in (“km”, “ngày công”). */
    unit: text,
    field: ref('contents'),
    /** The id of the field's item the indicator measures, e.g. ha-tang-4. */
    item: anchorId,
    /** The words of that item the indicator comes from, copied exactly. */
    quote: text,
    aggregate: z.enum(INDICATOR_AGGREGATES, {
      error: `Cách cộng phải là một trong: ${INDICATOR_AGGREGATES.map((a) => `“${a}”`).join(', ')}.`,
    }),
    order: z.number().int().nonnegative(),
  });

export type Indicator = z.output<ReturnType<typeof indicatorSchema>>;
