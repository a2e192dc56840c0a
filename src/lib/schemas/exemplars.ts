import { z } from 'astro/zod';
import { anchorId, httpsUrl, partialDate, text } from './common.ts';
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

export type ExemplarKind = (typeof EXEMPLAR_KINDS)[number];

export const SUMMARY_MAX = 400;
export const TITLE_MAX = 120;

/** Raster formats only: an SVG served from the site's origin could carry script. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;
export type ImageExtension = (typeof IMAGE_EXTENSIONS)[number];

/**
 * Pictures are resized for readers at build time, but the originals live in git forever and
 * every clone downloads them: a camera's 12 MB photo is refused, a phone-sized one is fine.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * Width × height (× frames) of a picture. A few bytes of header can claim 100,000 × 100,000
 * pixels, which the build would try to decode into 40 GB: 40 million is twice a 20-megapixel
 * phone photo and still decodes in well under a second.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * Images are validated as Astro assets inside the site and as paths beside the story in the
 * content check; the caller supplies the right one.
 */
export interface ExemplarSchemaContext<I extends z.ZodType = z.ZodType> {
  ref: RefFactory;
  image: () => I;
}

const oneOf = (values: readonly string[], what: string) => ({
  error: `${what} phải là một trong: ${values.map((v) => `“${v}”`).join(', ')}.`,
});

/** True for a path ("./anh.jpg") or Astro image metadata ({ format: 'jpg' }) of a raster image. */
function isRasterImage(value: unknown): boolean {
  const format =
    typeof value === 'string'
      ? /\.([a-z0-9]+)$/i.exec(value)?.[1]
      : typeof value === 'object' && value !== null
        ? String((value as { format?: unknown }).format ?? '')
        : undefined;
  return IMAGE_EXTENSIONS.includes(String(format).toLowerCase() as ImageExtension);
}

/** Frontmatter of an exemplar story (câu chuyện điển hình). The body is Markdown, see story-body.ts. */
export const exemplarSchema = <I extends z.ZodType>({ ref, image }: ExemplarSchemaContext<I>) =>
  z
    .strictObject({
      title: text.max(TITLE_MAX, { error: `Tiêu đề dài quá ${TITLE_MAX} ký tự. Hãy rút gọn.` }),
      summary: text
        .max(SUMMARY_MAX, { error: `Tóm tắt dài quá ${SUMMARY_MAX} ký tự. Hãy viết một đoạn ngắn.` })
        .refine((s) => !/\n\s*\n/.test(s), { error: 'Tóm tắt chỉ được là một đoạn văn (không có dòng trống ở giữa).' }),
      kind: z.enum(EXEMPLAR_KINDS, oneOf(EXEMPLAR_KINDS, 'Loại')),
      unit: z.strictObject({
        name: text,
        level: z.enum(UNIT_LEVELS, oneOf(UNIT_LEVELS, 'Cấp')),
      }),
      /** The person, for a cá nhân story. */
      person: text.optional(),
      locality: ref('localities'),
      fields: z.array(ref('contents')).min(1, { error: 'Cần ít nhất một nội dung thi đua.' }),
      /** Item ids inside the chosen fields, e.g. ha-tang-2 (checked by a rule). */
      items: z.array(anchorId).default([]),
      phase: ref('phases'),
      achievedOn: partialDate,
      publishedOn: partialDate.refine((d) => d.precision === 'day', {
        error: 'Ngày đăng phải ghi đủ ngày, tháng, năm, dạng 2025-03-21.',
      }),
      figures: z
        .array(
          z.strictObject({
            label: text,
            value: z.number({
              error: 'Giá trị phải là một con số (không kèm đơn vị, không dùng dấu chấm ngăn cách hàng nghìn).',
            }),
            unit: text,
            /** The indicator this figure counts towards, if any (statistics add up only those). */
            indicator: ref('indicators').optional(),
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
      cover: z
        .strictObject({
          src: image().refine(isRasterImage, {
            error: `Ảnh phải là tệp ${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')} nằm cạnh tệp câu chuyện.`,
          }),
          alt: text,
        })
        .optional(),
      sources: z
        .array(z.strictObject({ title: text, url: httpsUrl.optional() }))
        .min(1, { error: 'Cần ít nhất một nguồn tin.' }),
      author: z.strictObject({ name: text, unit: text.optional() }),
      editor: text.optional(),
    })
    .superRefine((story, ctx) => {
      if (story.kind === 'cá nhân' && !story.person) {
        ctx.addIssue({
          code: 'custom',
          path: ['person'],
          message: 'Câu chuyện về cá nhân phải ghi họ tên người đó.',
        });
      }
    });

/** A story's data; `Image` is what the image field holds (a path in the check, metadata in Astro). */
export type Exemplar<Image = unknown> = z.output<ReturnType<typeof exemplarSchema<z.ZodType<Image>>>>;
