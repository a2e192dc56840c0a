import { z } from 'astro/zod';
import { anchorId, partialDate, text } from './common.ts';
import type { RefFactory } from './refs.ts';

export const EXEMPLAR_KINDS = ['tập thể', 'cá nhân'] as const;
export const UNIT_LEVELS = [
  'công đoàn cơ sở',
  'LĐLĐ huyện/thành phố',
  'công đoàn ngành',
  'Liên đoàn Lao động tỉnh',
  'khác',
] as const;
export const COMMENDATION_STATUSES = ['đề nghị', 'đã nhận'] as const;

export const SUMMARY_MAX = 400;
export const TITLE_MAX = 120;

/**
 * Images are validated as Astro assets inside the site and as paths beside the story in the
 * content check; the caller supplies the right one.
 */
export interface ExemplarSchemaContext {
  ref: RefFactory;
  image: () => z.ZodType;
}

const oneOf = (values: readonly string[], what: string) => ({
  error: `${what} phải là một trong: ${values.map((v) => `“${v}”`).join(', ')}.`,
});

/** Frontmatter of an exemplar story (câu chuyện điển hình). */
export const exemplarSchema = ({ ref, image }: ExemplarSchemaContext) =>
  z.strictObject({
    title: text.max(TITLE_MAX, { error: `Tiêu đề dài quá ${TITLE_MAX} ký tự. Hãy rút gọn.` }),
    summary: text.max(SUMMARY_MAX, { error: `Tóm tắt dài quá ${SUMMARY_MAX} ký tự. Hãy viết một đoạn ngắn.` }),
    kind: z.enum(EXEMPLAR_KINDS, oneOf(EXEMPLAR_KINDS, 'Loại')),
    unit: z.strictObject({
      name: text,
      level: z.enum(UNIT_LEVELS, oneOf(UNIT_LEVELS, 'Cấp')),
    }),
    /** The person, for a cá nhân story. */
    person: text.optional(),
    locality: ref('localities'),
    fields: z.array(ref('contents')).min(1, { error: 'Cần ít nhất một lĩnh vực thi đua.' }),
    /** Item ids inside the chosen fields, e.g. ha-tang-2. */
    items: z.array(anchorId).default([]),
    phase: ref('phases'),
    achievedOn: partialDate,
    publishedOn: partialDate,
    figures: z
      .array(
        z.strictObject({
          label: text,
          value: z.number({ error: 'Giá trị phải là một con số (không có đơn vị, không có dấu chấm ngăn cách hàng nghìn).' }),
          unit: text,
        }),
      )
      .default([]),
    commendation: z
      .strictObject({
        status: z.enum(COMMENDATION_STATUSES, oneOf(COMMENDATION_STATUSES, 'Tình trạng khen thưởng')),
        title: text,
        by: text.optional(),
        date: partialDate.optional(),
      })
      .optional(),
    directives: z.array(ref('directives')).default([]),
    cover: z.strictObject({ src: image(), alt: text }).optional(),
    sources: z
      .array(z.strictObject({ title: text, url: z.url({ error: 'Đường dẫn phải là một URL đầy đủ.' }).optional() }))
      .min(1, { error: 'Cần ít nhất một nguồn tin.' }),
    author: z.strictObject({ name: text, unit: text.optional() }),
    editor: text.optional(),
  });

export type Exemplar = z.output<ReturnType<typeof exemplarSchema>>;
