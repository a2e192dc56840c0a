import type { ContentRule } from '../check-content.ts';
import type { Problem } from '../problem.ts';

/**
 * An indicator's wording comes from the guidance: its item must belong to its field, and its
 * quote must be words of that item, exactly, so no indicator is invented.
 */
export const indicatorSources: ContentRule = (ctx) => {
  const problems: Problem[] = [];
  const fields = ctx.entries.get('contents');
  for (const entry of ctx.entries.get('indicators').values()) {
    const indicator = entry.data;
    const field = fields.get(indicator.field.id)?.data;
    if (!field) continue; // a broken reference, reported by the core check
    const at = (key: string, message: string, fix: string) =>
      problems.push({ file: entry.source.file, line: entry.source.lineOf([key]), field: key, message, fix });
    const item = field.items.find((i) => i.id === indicator.item);
    if (!item) {
      at('item', `Nội dung thi đua “${indicator.field.id}” không có mục “${indicator.item}”.`, `Dùng một mục của nội dung đó: ${field.items.map((i) => i.id).join(', ')}.`);
    } else if (!item.text.includes(indicator.quote)) {
      at('quote', `Câu trích “${indicator.quote}” không có nguyên văn trong mục ${item.id} của văn bản hướng dẫn.`, `Chép đúng từng chữ một đoạn của mục ${item.id} (xem /huong-dan/#${item.id}).`);
    }
  }
  return problems;
};
