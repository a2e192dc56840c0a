import { relative } from 'node:path';
import { unexpectedFailure, type Problem } from '../check/problem.ts';
import { parseSourceFile } from './source-file.ts';
import type { CollectionName } from '../schemas/collections.ts';
import { findBodyLimitProblems } from '../stories/body-limits.ts';
import { collectionFiles, entryIdFor, readContentFile } from './files.ts';

export interface ReadEntry {
  id: string;
  /** Project-relative path with forward slashes. */
  file: string;
  abs: string;
  raw: string;
  data: Record<string, unknown>;
  body?: string;
}

/**
 * Every entry of a collection as the site reads it: the same files, the same YAML reading and
 * the same body bounds as the content check, so a build never reads a file differently from
 * the check that passed it. Problems are what stops the build before Astro's schema runs.
 */
export function readCollection(root: string, collection: CollectionName): { entries: ReadEntry[]; problems: Problem[] } {
  const entries: ReadEntry[] = [];
  const problems: Problem[] = [];
  for (const { rel, abs } of collectionFiles(root, collection)) {
    const file = relative(root, abs).split('\\').join('/');
    try {
      const read = readContentFile(abs);
      if (!('raw' in read)) {
        problems.push({ file, line: 1, field: '-', ...read });
        continue;
      }
      const source = parseSourceFile(file, read.raw);
      problems.push(...source.problems);
      if (source.body !== undefined) {
        const offset = (source.bodyLine ?? 1) - 1;
        for (const p of findBodyLimitProblems(source.body)) problems.push({ file, field: 'body', ...p, line: p.line + offset });
      }
      if (source.problems.length || source.data === undefined) continue;
      const data = source.data !== null && typeof source.data === 'object' ? (source.data as Record<string, unknown>) : {};
      entries.push({ id: entryIdFor(rel), file, abs, raw: read.raw, data, ...(source.body !== undefined ? { body: source.body } : {}) });
    } catch (error) {
      problems.push(unexpectedFailure(file, 'đọc tệp này', error));
    }
  }
  return { entries, problems };
}
