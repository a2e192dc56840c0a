import { z } from 'astro/zod';
import { exemplarSchema } from '../../schemas/exemplars.ts';
import { stringFields, valuesAt } from '../../schemas/fields.ts';
import { plainRef } from '../../schemas/refs.ts';
import { findMarkup } from '../../text/markup.ts';
import type { ContentRule } from '../check-content.ts';
import { formatPath, type Problem } from '../problem.ts';

/** Every free-text field of a story, from the schema itself (title, summary, unit.name, …). */
const TEXT_FIELDS = stringFields(exemplarSchema({ ref: plainRef, image: () => z.string() })).filter((f) => f.kind === 'text');

/**
 * HTML in a story's frontmatter text. Every page escapes it, so it would show as literal “<b>”
 * at best; at worst it is an attempt to break out of the page (`</title><meta …>`). Runs on
 * every story file read, even one whose frontmatter failed its schema.
 */
export const storyText: ContentRule = (ctx) => {
  const problems: Problem[] = [];
  for (const { collection, source } of ctx.files) {
    if (collection !== 'exemplars' || source.data === undefined) continue;
    for (const field of TEXT_FIELDS) {
      for (const { path, value } of valuesAt(source.data, field.path)) {
        const markup = typeof value === 'string' ? findMarkup(value) : undefined;
        if (!markup) continue;
        problems.push({
          file: source.file,
          line: source.lineOf(path),
          field: formatPath(path),
          message: `Có mã HTML “${markup}”: trang chỉ hiện chữ, không nhận thẻ HTML trong tiêu đề, tên, tóm tắt hay nguồn tin.`,
          fix: 'Xoá đoạn “<…>”. Cần dấu nhỏ hơn thì viết cách ra (“< 5”) hoặc viết bằng chữ.',
        });
      }
    }
  }
  return problems;
};
