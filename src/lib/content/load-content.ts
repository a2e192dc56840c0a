import { writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { z } from 'astro/zod';
import { notARegularFile } from '../check/file-kinds.ts';
import { fixHint, vietnameseIssueMessage } from '../check/messages.ts';
import { formatPath, formatProblem, sortProblems, unexpectedFailure, type Problem } from '../check/problem.ts';
import { parseSourceFile, type SourceFile } from './source-file.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { ContentEntries, plainSchema, type AnyContentEntry } from './entries.ts';
import { collectionFiles, entryIdFor, readContentFile } from './files.ts';

export interface LoadOptions {
  root: string;
  /** Collections to read (default: all of them, in registry order). */
  collections?: readonly CollectionName[];
  /** Rewrite files that are not in Unicode NFC instead of reporting them. */
  fix?: boolean;
  /** Called after each file, for progress output on large trees. */
  onFile?: (done: number, total: number) => void;
}

/** A file that was read and parsed as YAML, whether or not it then passed its schema. */
export interface ReadFile {
  collection: CollectionName;
  id: string;
  source: SourceFile;
}

export interface LoadResult {
  /** Entries that passed their schema, typed by collection. */
  entries: ContentEntries;
  /** Every file parsed as YAML, valid or not, so rules on a file's own text still run. */
  files: ReadFile[];
  /** `collection/id` of entries that exist but failed: references to them are not reported again. */
  invalid: Set<string>;
  problems: Problem[];
  /** Files rewritten to NFC (with `fix`). */
  fixed: string[];
  /** Number of files found. */
  count: number;
}

const ASCII_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The one typed reading of content in plain Node: every file of the collections, as regular
 * files only, in Unicode NFC, through the one YAML reader (`parseSourceFile`) and the
 * collection's zod schema (with `plainRef`). Problems are the content check's, in Vietnamese;
 * cross-entry rules and references are the check's business (src/lib/check/check-content.ts).
 */
export function loadContent(options: LoadOptions): LoadResult {
  const { root, fix = false } = options;
  const names = options.collections ?? (Object.keys(COLLECTIONS) as CollectionName[]);
  const result: LoadResult = { entries: new ContentEntries(), files: [], invalid: new Set(), problems: [], fixed: [], count: 0 };
  const { problems, invalid } = result;

  const jobs = names.flatMap((collection) => collectionFiles(root, collection).map((job) => ({ collection, ...job })));
  result.count = jobs.length;

  jobs.forEach(({ collection, rel, abs }, index) => {
    const file = relative(root, abs).split('\\').join('/');
    const id = entryIdFor(rel);
    try {
      loadFile(collection, id, abs, file);
    } catch (error) {
      problems.push(unexpectedFailure(file, 'kiểm tra tệp này', error));
      invalid.add(`${collection}/${id}`);
    }
    options.onFile?.(index + 1, jobs.length);
  });

  function loadFile(collection: CollectionName, id: string, abs: string, file: string): void {
    // A link or a folder named like an entry is reported, never read (see file-kinds.ts).
    const irregular = notARegularFile(file, abs, dirname(abs));
    if (irregular) {
      problems.push(irregular);
      invalid.add(`${collection}/${id}`);
      return;
    }
    const read = readContentFile(abs);
    if (!('raw' in read)) {
      problems.push({ file, line: 1, field: '-', ...read });
      invalid.add(`${collection}/${id}`);
      return;
    }
    let raw = read.raw;

    const normalized = raw.normalize('NFC');
    if (normalized !== raw) {
      if (fix) {
        writeFileSync(abs, normalized);
        result.fixed.push(file);
      } else {
        const line = raw.split('\n').findIndex((l) => l.normalize('NFC') !== l) + 1;
        problems.push({
          file,
          line,
          field: '-',
          message: 'Chữ tiếng Việt không ở dạng Unicode dựng sẵn (NFC), nên tìm kiếm và so sánh sẽ sai.',
          fix: 'Chạy “npm run check -- --fix” để chuẩn hoá tự động.',
        });
      }
      // Validate the normalised text, so the one NFC problem is not echoed as wrong values.
      raw = normalized;
    }

    const source = parseSourceFile(file, raw);
    problems.push(...source.problems);
    result.files.push({ collection, id, source });
    if (source.data === undefined) invalid.add(`${collection}/${id}`);

    for (const segment of id.split('/')) {
      if (!ASCII_SLUG.test(segment)) {
        problems.push({
          file,
          line: 1,
          field: '-',
          message: `Tên tệp hoặc thư mục “${segment}” có chữ hoa, dấu, khoảng trắng hoặc ký tự đặc biệt.`,
          fix: 'Đổi tên thành chữ thường không dấu, nối bằng dấu gạch ngang (đ viết thành d), ví dụ: duong-be-tong-xa-a.',
        });
      }
    }

    if (source.data === undefined) return;
    const parsed = plainSchema(collection).safeParse(source.data, { error: (issue) => vietnameseIssueMessage(issue) });
    if (parsed.success) {
      // The schema is the collection's own, so its output is that collection's data.
      result.entries.add({ collection, id, source, data: parsed.data } as AnyContentEntry);
      return;
    }
    invalid.add(`${collection}/${id}`);
    for (const issue of expandIssues(parsed.error.issues)) {
      const field = formatPath(issue.path);
      const present = valueAt(source.data, issue.path) !== undefined;
      problems.push({ file, line: source.lineOf(issue.path), field, message: issue.message, fix: fixHint(issue, field, present) });
    }
  }

  return result;
}

/** Content a script cannot work with; its message lists every problem, for an editor. */
export class ContentProblems extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `Nội dung chưa hợp lệ nên không chạy tiếp được (chạy “npm run check” để xem cách sửa):\n${sortProblems(problems).map(formatProblem).join('\n')}`,
    );
    this.name = 'ContentProblems';
    this.problems = problems;
    // The message is the whole report; where it was thrown from says nothing to an editor.
    this.stack = '';
  }
}

/**
 * The entries of a few collections, for scripts (new story, generators, share image): typed by
 * each collection's schema, or a `ContentProblems` naming every broken file.
 */
export function readEntries(root: string, collections: readonly CollectionName[]): ContentEntries {
  const { entries, problems } = loadContent({ root, collections });
  if (problems.length) throw new ContentProblems(problems);
  return entries;
}

/** One problem per unknown key, located at that key, rather than one for the whole object. */
function expandIssues(issues: z.core.$ZodIssue[]): Array<{ code: string; message: string; path: PropertyKey[] }> {
  return issues.flatMap((issue): Array<{ code: string; message: string; path: PropertyKey[] }> =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          code: issue.code,
          message: `Trường “${key}” không có trong mẫu.`,
          path: [...issue.path, key],
        }))
      : [{ code: issue.code, message: issue.message, path: issue.path }],
  );
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
