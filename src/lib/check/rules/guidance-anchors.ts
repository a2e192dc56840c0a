import type { EntryData } from '../../content/entries.ts';
import type { CollectionName } from '../../schemas/collections.ts';
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
  /** Claims each entry's anchors: its id (unless `idIsAnchor` is false) and its lists' items, by field name. */
  const claimEntries = <C extends CollectionName>(
    collection: C,
    lists: (data: EntryData<C>) => Record<string, readonly object[]>,
    idIsAnchor = true,
  ) => {
    for (const entry of ctx.entries.get(collection).values()) {
      if (idIsAnchor) claim(entry.id, entry.source.file, 1, '-');
      for (const [key, list] of Object.entries(lists(entry.data))) claimList(entry, key, list);
    }
  };
  claimEntries('guidance', (data) => ({ blocks: data.blocks }));
  claimEntries('phases', (data) => ({ items: data.items, milestones: data.milestones }));
  claimEntries('contents', (data) => ({ items: data.items }));
  claimEntries('bodies', (data) => ({ duties: data.duties }));
  // The document's own id is not an anchor: the page is the document.
  claimEntries('guidanceDocument', (data) => ({ footnotes: data.footnotes }), false);
  return problems;
};
