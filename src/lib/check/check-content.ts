import { existsSync, globSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { plainRef } from '../schemas/refs.ts';
import { notARegularFile } from './file-kinds.ts';
import { fixHint, vietnameseIssueMessage } from './messages.ts';
import { formatPath, sortProblems, type Problem } from './problem.ts';
import { parseSourceFile, type SourceFile } from './source-file.ts';
import { findRefs } from './walk-refs.ts';

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  source: SourceFile;
  data: unknown;
}

export interface CheckContext {
  root: string;
  today: Date;
  entries: Map<CollectionName, Map<string, CheckedEntry>>;
  /**
   * Every file read, parsed or not, with its raw frontmatter data: rules on a file's own text
   * (a story's body) run even when its frontmatter failed the schema, so all problems show at once.
   */
  files: Array<{ collection: CollectionName; id: string; source: SourceFile }>;
}

/** A rule that looks across entries, after each has passed its own schema. */
export type ContentRule = (ctx: CheckContext) => Problem[];

export interface CheckOptions {
  root: string;
  /** Rewrite files that are not in Unicode NFC instead of reporting them. */
  fix?: boolean;
  today?: Date;
  rules?: ContentRule[];
  /** Called after each file, for progress output on large trees. */
  onFile?: (done: number, total: number) => void;
}

export interface CheckResult {
  problems: Problem[];
  files: number;
  entries: Map<CollectionName, Map<string, CheckedEntry>>;
  fixed: string[];
}

const ASCII_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Astro's glob loader id for a file, given that file names are already ASCII slugs. */
export function entryIdFor(relativeToBase: string): string {
  return relativeToBase.replace(/\.(ya?ml|mdx?|json)$/, '').replace(/\/index$/, '');
}

/** Image fields in plain Node: a relative path to a file beside the entry (checked by a rule). */
const plainImage = () =>
  z.string().regex(/^\.\/[^/]+$/, {
    error: 'Ảnh phải là một tệp nằm cạnh tệp câu chuyện, ghi dạng ./ten-anh.jpg.',
  });

// Building a zod schema costs far more than using it: build each once, not once per file.
const schemas = new Map<CollectionName, z.ZodType>();
function schemaFor(collection: CollectionName): z.ZodType {
  let schema = schemas.get(collection);
  if (!schema) {
    schema = COLLECTIONS[collection].schema({ ref: plainRef, image: plainImage });
    schemas.set(collection, schema);
  }
  return schema;
}

/** Bytes of any content file: far above a story's bounds, so nothing huge is even read. */
export const MAX_SOURCE_BYTES = 1_000_000;

/** Every file of a collection, as the check and the site's loader both enumerate them. */
export function collectionFiles(root: string, collection: CollectionName): Array<{ rel: string; abs: string }> {
  const spec = COLLECTIONS[collection];
  const baseDir = join(root, spec.base);
  const files = existsSync(baseDir) ? globSync(spec.pattern, { cwd: baseDir }).sort() : [];
  return files.map((rel) => ({ rel: rel.split('\\').join('/'), abs: join(baseDir, rel) }));
}

/**
 * A content file's text, or the reason it cannot be read, in Vietnamese: a folder named like a
 * file, a broken link, a file too large to be a story.
 */
export function readContentFile(abs: string): { raw: string } | { message: string; fix: string } {
  try {
    const stat = statSync(abs);
    if (!stat.isFile()) {
      return { message: 'Đây là một thư mục hoặc tệp đặc biệt, không phải tệp văn bản.', fix: 'Xoá nó, hoặc thay bằng một tệp văn bản thường.' };
    }
    if (stat.size > MAX_SOURCE_BYTES) {
      return {
        message: `Tệp dài ${stat.size.toLocaleString('vi-VN')} byte, vượt giới hạn ${MAX_SOURCE_BYTES.toLocaleString('vi-VN')} byte.`,
        fix: 'Rút gọn tệp; ảnh và tài liệu đặt thành tệp riêng, không chép vào tệp văn bản.',
      };
    }
    return { raw: readFileSync(abs, 'utf8') };
  } catch (error) {
    return {
      message: `Không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? 'lỗi không rõ'}).`,
      fix: 'Kiểm tra tệp có tồn tại, là tệp thường (không phải liên kết hỏng) và đọc được, rồi chạy lại.',
    };
  }
}

/** What the check says when its own code fails on a file: never a stack trace. */
export function unexpectedFailure(file: string, step: string, error: unknown): Problem {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    file,
    line: 1,
    field: '-',
    message: `Lỗi bất ngờ khi ${step} (${detail.slice(0, 200)}).`,
    fix: 'Kiểm tra tệp có đúng mẫu trong CONTRIBUTING.md; nếu vẫn lỗi, gửi dòng này cho nhóm kỹ thuật.',
  };
}

export function checkContent(options: CheckOptions): CheckResult {
  const { root, fix = false, today = new Date(), rules = [] } = options;
  const problems: Problem[] = [];
  const fixed: string[] = [];
  const entries = new Map<CollectionName, Map<string, CheckedEntry>>();
  const files: CheckContext['files'] = [];
  // Entries that exist but failed their schema: references to them are not reported again.
  const invalid = new Set<string>();
  const names = Object.keys(COLLECTIONS) as CollectionName[];

  const jobs = names.flatMap((collection) => collectionFiles(root, collection).map((job) => ({ collection, ...job })));

  jobs.forEach(({ collection, rel, abs }, index) => {
    const file = relative(root, abs).split('\\').join('/');
    try {
      checkFile(collection, rel, abs, file);
    } catch (error) {
      problems.push(unexpectedFailure(file, 'kiểm tra tệp này', error));
      invalid.add(`${collection}/${entryIdFor(rel)}`);
    }
    options.onFile?.(index + 1, jobs.length);
  });

  function checkFile(collection: CollectionName, rel: string, abs: string, file: string): void {
    // A link or a folder named like an entry is reported, never read (see file-kinds.ts).
    const irregular = notARegularFile(file, abs, dirname(abs));
    if (irregular) {
      problems.push(irregular);
      invalid.add(`${collection}/${entryIdFor(rel)}`);
      return;
    }
    const read = readContentFile(abs);
    if (!('raw' in read)) {
      problems.push({ file, line: 1, field: '-', ...read });
      invalid.add(`${collection}/${entryIdFor(rel)}`);
      return;
    }
    let raw = read.raw;

    const normalized = raw.normalize('NFC');
    if (normalized !== raw) {
      if (fix) {
        writeFileSync(abs, normalized);
        fixed.push(file);
        raw = normalized;
      } else {
        const line = raw.split('\n').findIndex((l) => l.normalize('NFC') !== l) + 1;
        problems.push({
          file,
          line,
          field: '-',
          message: 'Chữ tiếng Việt không ở dạng Unicode dựng sẵn (NFC), nên tìm kiếm và so sánh sẽ sai.',
          fix: 'Chạy “npm run check -- --fix” để chuẩn hoá tự động.',
        });
        // Validate the normalised text, so the one NFC problem is not echoed as wrong values.
        raw = normalized;
      }
    }

    const source = parseSourceFile(file, raw);
    problems.push(...source.problems);
    const id = entryIdFor(rel);
    files.push({ collection, id, source });
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

    if (source.data !== undefined) {
      const schema = schemaFor(collection);
      const result = schema.safeParse(source.data, { error: (issue) => vietnameseIssueMessage(issue) });
      if (result.success) {
        const byId = entries.get(collection) ?? new Map<string, CheckedEntry>();
        byId.set(id, { collection, id, source, data: result.data });
        entries.set(collection, byId);
      } else {
        invalid.add(`${collection}/${id}`);
        for (const issue of expandIssues(result.error.issues)) {
          const field = formatPath(issue.path);
          const present = valueAt(source.data, issue.path) !== undefined;
          problems.push({
            file,
            line: source.lineOf(issue.path),
            field,
            message: issue.message,
            fix: fixHint(issue, field, present),
          });
        }
      }
    }
  }

  const ctx: CheckContext = { root, today, entries, files };
  problems.push(...checkReferences(ctx, invalid));
  for (const rule of rules) {
    try {
      problems.push(...rule(ctx));
    } catch (error) {
      problems.push(unexpectedFailure('content', `chạy bước kiểm tra “${rule.name}”`, error));
    }
  }

  return { problems: sortProblems(problems), files: jobs.length, entries, fixed };
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

/** Astro only logs a broken reference and still exits 0, so the check is where it fails. */
export function checkReferences(ctx: CheckContext, invalid: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  for (const byId of ctx.entries.values()) {
    for (const entry of byId.values()) {
      for (const { ref, path } of findRefs(entry.data)) {
        const target = ctx.entries.get(ref.collection as CollectionName);
        if (target?.has(ref.id) || invalid.has(`${ref.collection}/${ref.id}`)) continue;
        const known = [...(target?.keys() ?? [])];
        const spec = COLLECTIONS[ref.collection as CollectionName];
        problems.push({
          file: entry.source.file,
          line: entry.source.lineOf(path),
          field: formatPath(path),
          message: `Không có ${spec?.label ?? ref.collection} nào mang mã “${ref.id}”.`,
          fix: known.length
            ? `Dùng một mã có trong ${spec?.base ?? ref.collection}/: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}.`
            : `Thêm tệp ${spec?.base ?? ref.collection}/${ref.id}.yaml, hoặc sửa mã cho đúng.`,
        });
      }
    }
  }
  return problems;
}
