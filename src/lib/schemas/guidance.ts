import { z } from 'astro/zod';
import { anchorId, editorialNote, partialDate, sourceBlock, text } from './common.ts';
import type { RefFactory } from './refs.ts';

/**
 * A section of the guidance. Its blocks are either its own text or a pointer to the entry of
 * another collection that holds that part of the text (a phase, a field of emulation, a body),
 * so each sentence of the source is stored exactly once.
 */
export const guidanceBlockSchema = (ref: RefFactory) =>
  z.discriminatedUnion(
    'type',
    [
      z.strictObject({ type: z.literal('paragraph'), ...sourceBlock(ref).shape }),
      z.strictObject({ type: z.literal('list'), items: z.array(sourceBlock(ref)).min(1) }),
      z.strictObject({
        type: z.literal('heading'),
        id: anchorId,
        number: text.optional(),
        text,
        note: editorialNote.optional(),
      }),
      z.strictObject({ type: z.literal('phase'), phase: ref('phases') }),
      z.strictObject({ type: z.literal('field'), field: ref('contents') }),
      z.strictObject({ type: z.literal('body'), body: ref('bodies') }),
    ],
    { error: 'Mỗi khối phải có “type” là paragraph, list, heading, phase, field hoặc body.' },
  );

export const guidanceSectionSchema = (ref: RefFactory) =>
  z.strictObject({
    order: z.number().int().nonnegative(),
    /** Roman numeral as printed ("I"); the opening and closing have none. */
    number: text.optional(),
    /** The heading as printed ("MỤC ĐÍCH, YÊU CẦU"). */
    title: text.optional(),
    /** Name in the contents list and navigation. */
    label: text,
    blocks: z.array(guidanceBlockSchema(ref)).min(1),
  });

/** Metadata of the guidance as a document. */
export const guidanceDocumentSchema = (ref: RefFactory) =>
  z.strictObject({
    /** Document kind as printed at the top ("HƯỚNG DẪN"). */
    kind: text,
    title: text,
    titleNote: editorialNote.optional(),
    issuer: text,
    /**
     * Số and ngày of the guidance. The source gives neither, so both stay absent and the
     * site says so; they exist so a confirmed value can be added without a schema change.
     */
    number: text.optional(),
    date: partialDate.optional(),
    implements: z.array(ref('directives')).default([]),
    campaign: z.strictObject({ name: text, startYear: z.number().int(), endYear: z.number().int() }),
    signature: z.strictObject({
      /** "TM. BAN THƯỜNG VỤ" */
      onBehalfOf: text,
      title: text,
      name: text,
    }),
    recipients: z.strictObject({ label: text, items: z.array(text).min(1), note: editorialNote.optional() }),
    footnotes: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[0-9]+$/),
          items: z.array(z.strictObject({ id: anchorId, text, cites: z.array(ref('directives')).optional() })).min(1),
        }),
      )
      .default([]),
  });

export type GuidanceBlock = z.output<ReturnType<typeof guidanceBlockSchema>>;
export type GuidanceSection = z.output<ReturnType<typeof guidanceSectionSchema>>;
export type GuidanceDocument = z.output<ReturnType<typeof guidanceDocumentSchema>>;
