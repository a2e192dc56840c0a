import { z } from 'astro/zod';
import { comparePartialDates } from '../partial-date.ts';
import { anchorId, partialDate, sourceBlock, text } from './common.ts';
import type { RefFactory } from './refs.ts';

export const milestoneSchema = z.strictObject({
  id: anchorId,
  date: partialDate,
  /** Short label for timelines; the full wording stays in the item it comes from. */
  label: text,
  /** The id of the item (bullet) of this phase that states the milestone. */
  item: anchorId,
});

/** A phase of the campaign (Tiến độ thực hiện) with the bullets the source lists under it. */
export const phaseSchema = (ref: RefFactory) =>
  z
    .strictObject({
      order: z.number().int().positive(),
      /** The heading as the source numbers it: "1." */
      number: text,
      /** The heading text as in the source: "Giai đoạn 1 (từ 2022 - 2025)". */
      heading: text,
      /** Short name for navigation: "Giai đoạn 1". */
      name: text,
      start: partialDate,
      end: partialDate,
      items: z.array(sourceBlock(ref)).min(1),
      milestones: z.array(milestoneSchema).default([]),
    })
    .superRefine((phase, ctx) => {
      if (comparePartialDates(phase.start, phase.end) > 0) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'Thời điểm kết thúc đứng trước thời điểm bắt đầu.' });
      }
      const itemIds = new Set(phase.items.map((i) => i.id));
      phase.milestones.forEach((m, index) => {
        if (!itemIds.has(m.item)) {
          ctx.addIssue({
            code: 'custom',
            path: ['milestones', index, 'item'],
            message: `Không có mục “${m.item}” trong giai đoạn này. Hãy ghi mã (id) của một mục trong “items”.`,
          });
        }
      });
    });

export type Phase = z.output<ReturnType<typeof phaseSchema>>;
export type Milestone = z.output<typeof milestoneSchema>;
