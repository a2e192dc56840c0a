import type { CheckContext, ContentRule } from '../check-content.ts';
import type { Problem } from '../problem.ts';

/**
 * The guidance page puts every section, sub-heading, paragraph and bullet from several
 * collections on one page as HTML ids; a repeated id would make a shared link land on the
 * wrong paragraph, so ids must be unique across all of them.
 */
export const uniqueGuidanceAnchors: ContentRule = (ctx: CheckContext) => {
  const seen = new Map<string, { file: string; line: number }>();
  const problems: Problem[] = [];
  const claim = (anchor: string, file: string, line: number, field: string) => {
    const first = seen.get(anchor);
    if (first) {
      problems.push({
        file,
        line,
        field,
        message: `Mã neo “${anchor}” đã được dùng ở ${first.file}:${first.line}.`,
        fix: 'Đặt một mã khác, chưa dùng ở đâu trong văn bản hướng dẫn.',
      });
    } else {
      seen.set(anchor, { file, line });
    }
  };
  const blocksIn = (collection: string, listKeys: string[]) => {
    for (const entry of ctx.entries.get(collection as never)?.values() ?? []) {
      const { file, lineOf } = entry.source;
      if (collection !== 'guidanceDocument') claim(entry.id, file, 1, '-');
      const data = entry.data as Record<string, unknown>;
      for (const key of listKeys) {
        const list = data[key];
        if (!Array.isArray(list)) continue;
        list.forEach((item: Record<string, unknown>, i) => {
          const path: PropertyKey[] = [key, i];
          if (typeof item.id === 'string') claim(item.id, file, lineOf([...path, 'id']), `${key}[${i}].id`);
          for (const nestedKey of ['items', 'blocks']) {
            const nested = item[nestedKey];
            if (!Array.isArray(nested)) continue;
            nested.forEach((inner: Record<string, unknown>, j) => {
              if (typeof inner.id === 'string') {
                claim(inner.id, file, lineOf([...path, nestedKey, j, 'id']), `${key}[${i}].${nestedKey}[${j}].id`);
              }
            });
          }
        });
      }
    }
  };
  blocksIn('guidance', ['blocks']);
  blocksIn('phases', ['items', 'milestones']);
  blocksIn('contents', ['items']);
  blocksIn('bodies', ['duties']);
  blocksIn('guidanceDocument', ['footnotes']);
  return problems;
};
