import { z } from 'astro/zod';
import { parsePartialDate, type PartialDate } from '../partial-date.ts';
import { findHiddenCharacter, hiddenCharacterMessage } from '../text/hidden-characters.ts';
import { httpsUrlProblem, type HttpsUrlProblem } from '../text/safe-url.ts';
import type { RefFactory } from './refs.ts';

/** Anchor ids and entry ids: lowercase ASCII words joined by hyphens, stable in URLs. */
export const anchorId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: muc-dich-1).',
  });

/**
 * What a string field holds, recorded as zod metadata so that tools can find every field of a
 * kind (src/lib/schemas/fields.ts): the check's rules, and the test that injects into each one.
 */
export type FieldKind = 'text' | 'https-url';

/**
 * Text taken from the source or written by an editor: no empty strings, no stray edges, no
 * control or invisible characters (see src/lib/text/hidden-characters.ts).
 */
export const text = z
  .string()
  .min(1, { error: 'Không được để trống.' })
  .refine((s) => s === s.trim(), { error: 'Có khoảng trắng thừa ở đầu hoặc cuối. Hãy xoá chúng.' })
  .superRefine((s, ctx) => {
    const found = findHiddenCharacter(s);
    if (found) ctx.addIssue({ code: 'custom', message: hiddenCharacterMessage(found) });
  })
  .meta({ fieldKind: 'text' satisfies FieldKind });

const URL_MESSAGES: Record<HttpsUrlProblem, string> = {
  'not-url': 'Không phải đường dẫn hợp lệ. Chép nguyên địa chỉ trang web, bắt đầu bằng https:// và không có khoảng trắng.',
  scheme:
    'Chỉ nhận đường dẫn bắt đầu bằng https:// (địa chỉ web an toàn). Các dạng “http:”, “javascript:”, “data:”, “file:”… không được phép. ' +
    'Nếu trang nguồn chỉ có http://, hãy bỏ đường dẫn và ghi tên nguồn đủ để người đọc tìm lại.',
  credentials:
    'Đường dẫn có tên đăng nhập hoặc mật khẩu (phần “…@” ngay sau https://), không được đăng công khai. Hãy xoá phần đó.',
};

/** A web address a story links to: https:// only, no user name or password (src/lib/text/safe-url.ts). */
export const httpsUrl = z
  .string()
  .superRefine((url, ctx) => {
    const problem = httpsUrlProblem(url);
    if (problem) ctx.addIssue({ code: 'custom', message: URL_MESSAGES[problem] });
  })
  .meta({ fieldKind: 'https-url' satisfies FieldKind });

/** A visible editor's note beside the official text, e.g. on a slip in the source. */
export const editorialNote = text;

/** How to write a date, the end of the check's message for a date it cannot read. */
export const PARTIAL_DATE_FORMS = 'Viết 2023-03-21 (ngày), 2023-03 (tháng), 2023-Q2 (quý) hoặc 2023 (năm).';

export const partialDate = z
  .union([z.string(), z.number().int(), z.date()])
  .transform((value, ctx): PartialDate => {
    const raw = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    const parsed = parsePartialDate(raw);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `“${raw}” không phải là một thời điểm hợp lệ. ${PARTIAL_DATE_FORMS}`,
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
