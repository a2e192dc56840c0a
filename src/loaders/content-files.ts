import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { formatProblem } from '../lib/check/problem.ts';
import { readCollection } from '../lib/content/read-entry.ts';
import { COLLECTIONS, type CollectionName } from '../lib/schemas/collections.ts';

/**
 * Loads a content collection with the content check's own reader (src/lib/content/read-entry.ts)
 * instead of Astro's glob loader, whose js-yaml reads `2024-07-15` as a date, accepts
 * `!!binary` and merge keys, and whose Markdown renderer would parse story bodies with no bound.
 * Bodies are kept raw: pages render them with src/lib/stories/render-body.ts.
 */
export function contentFiles(collection: CollectionName): Loader {
  return {
    name: 'content-files',
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { entries, problems } = readCollection(root, collection);
        if (problems.length) {
          const error = new Error(
            `Nội dung không đọc được, không dựng trang (chạy “npm run check” để xem cách sửa):\n${problems.map(formatProblem).join('\n')}`,
          );
          // The message is the whole report for an editor; Astro prints a stack only if there is one.
          error.stack = '';
          throw error;
        }
        const ids = new Set<string>();
        for (const entry of entries) {
          ids.add(entry.id);
          const data = await parseData({ id: entry.id, data: entry.data, filePath: entry.abs });
          store.set({
            id: entry.id,
            data,
            ...(entry.body !== undefined ? { body: entry.body } : {}),
            filePath: entry.file,
            digest: generateDigest(entry.raw),
          });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await sync();

      if (!watcher) return;
      const base = `${root}${COLLECTIONS[collection].base}/`;
      const onChange = (path: string) => {
        if (!path.startsWith(base)) return;
        sync().catch((error: Error) => logger.error(error.message));
      };
      watcher.add(base);
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
