import type { ContentRule } from '../check-content.ts';
import type { Problem } from '../problem.ts';

/** Each item a story serves must be one of the items of the fields it names. */
export const storyItems: ContentRule = (ctx) => {
  const problems: Problem[] = [];
  const fields = ctx.entries.get('contents');
  const fieldOfItem = new Map<string, string>();
  for (const [fieldId, entry] of fields) {
    for (const item of entry.data.items) fieldOfItem.set(item.id, fieldId);
  }
  for (const entry of ctx.entries.get('exemplars').values()) {
    const story = entry.data;
    const chosen = new Set(story.fields.map((f) => f.id));
    const allowed = [...fieldOfItem].filter(([, f]) => chosen.has(f)).map(([item]) => item);
    story.items.forEach((item, i) => {
      const owner = fieldOfItem.get(item);
      if (owner && chosen.has(owner)) return;
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['items', i]),
        field: `items[${i}]`,
        message: owner
          ? `Mục “${item}” thuộc nội dung thi đua “${owner}”, không nằm trong các nội dung đã chọn ở “fields”.`
          : `Không có mục nội dung thi đua nào mang mã “${item}”.`,
        fix: owner
          ? `Thêm “${owner}” vào “fields”, hoặc bỏ mục này.`
          : `Dùng một mã trong các nội dung đã chọn: ${allowed.join(', ') || '(chưa chọn nội dung hợp lệ)'}.`,
      });
    });
    const seen = new Set<string>();
    story.fields.forEach((f, i) => {
      if (seen.has(f.id)) {
        problems.push({
          file: entry.source.file,
          line: entry.source.lineOf(['fields', i]),
          field: `fields[${i}]`,
          message: `Nội dung thi đua “${f.id}” được ghi hai lần.`,
          fix: 'Xoá dòng lặp lại.',
        });
      }
      seen.add(f.id);
    });
  }
  return problems;
};
