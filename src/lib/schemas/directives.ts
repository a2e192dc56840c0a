import { z } from 'astro/zod';
import { httpsUrl, partialDate, text } from './common.ts';
import type { RefFactory } from './refs.ts';

/** Document kinds, as Vietnamese legal-document databases name them (loại văn bản). */
export const DIRECTIVE_KINDS = [
  'Kế hoạch',
  'Hướng dẫn',
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Công văn',
  'Thông báo',
  'Phát động',
] as const;

/**
 * A document the guidance cites. Fields follow legal-document databases: số ký hiệu, loại,
 * cơ quan ban hành, ngày ban hành, trích yếu. Number, date and summary are optional because
 * the source does not give them for every document cited; an absent field is shown as absent.
 */
export const directiveSchema = (ref: RefFactory) =>
  z.strictObject({
    kind: z.enum(DIRECTIVE_KINDS, { error: `Loại văn bản phải là một trong: ${DIRECTIVE_KINDS.join(', ')}.` }),
    /** Số ký hiệu, e.g. 763/KH-UBND. */
    number: text.optional(),
    /** How the site names the document in lists and headings. */
    title: text,
    /** Cơ quan ban hành (or the body that adopted a resolution). */
    issuer: text,
    /** Ngày ban hành, at the precision the source gives. */
    date: partialDate.optional(),
    /** Trích yếu: what the document is about, in the source's words. */
    summary: text.optional(),
    /** The words the guidance uses where it cites the document. */
    citedAs: text.optional(),
    url: httpsUrl.optional(),
    /** Ngày có hiệu lực, where a source gives it. */
    effectiveOn: partialDate.optional(),
    /** Where the facts above were checked, for documents the guidance does not cite itself. */
    sources: z.array(z.strictObject({ title: text, url: httpsUrl })).optional(),
    /** Other directives this one cites, where that is known. */
    cites: z.array(ref('directives')).optional(),
    order: z.number().int().nonnegative(),
  });

export type Directive = z.output<ReturnType<typeof directiveSchema>>;
