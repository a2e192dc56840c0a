import type { CheckContext, CheckedEntry, ContentRule } from '../check-content.ts';
import type { Problem } from '../problem.ts';

/** Lists inside a block whose items carry their own anchors (a list block, a footnote). */
const NESTED_LISTS = new Set(['items', 'blocks']);

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
  /** Anchors of a list's items and of the lists nested in them (a list block's items, a footnote's items). */
  const claimList = (entry: CheckedEntry, key: string, list: readonly object[]) => {
    const { file, lineOf } = entry.source;
    list.forEach((item, i) => {
      const path: PropertyKey[] = [key, i];
      if ('id' in item && typeof item.id === 'string') claim(item.id, file, lineOf([...path, 'id']), `${key}[${i}].id`);
      for (const [nestedKey, nested] of Object.entries(item)) {
        if (!NESTED_LISTS.has(nestedKey) || !Array.isArray(nested)) continue;
        nested.forEach((inner: unknown, j) => {
          if (inner && typeof inner === 'object' && 'id' in inner && typeof inner.id === 'string') {
            claim(inner.id, file, lineOf([...path, nestedKey, j, 'id']), `${key}[${i}].${nestedKey}[${j}].id`);
          }
        });
      }
    });
  };
  // Each collection's entry id is an anchor on the page too, except the document's own.
  for (const entry of ctx.entries.get('guidance').values()) {
    claim(entry.id, entry.source.file, 1, '-');
    claimList(entry, 'blocks', entry.data.blocks);
  }
  for (const entry of ctx.entries.get('phases').values()) {
    claim(entry.id, entry.source.file, 1, '-');
    claimList(entry, 'items', entry.data.items);
    claimList(entry, 'milestones', entry.data.milestones);
  }
  for (const entry of ctx.entries.get('contents').values()) {
    claim(entry.id, entry.source.file, 1, '-');
    claimList(entry, 'items', entry.data.items);
  }
  for (const entry of ctx.entries.get('bodies').values()) {
    claim(entry.id, entry.source.file, 1, '-');
    claimList(entry, 'duties', entry.data.duties);
  }
  for (const entry of ctx.entries.get('guidanceDocument').values()) claimList(entry, 'footnotes', entry.data.footnotes);
  return problems;
};
