import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { ContentEntries, ContentEntry } from '../content/entries.ts';
import { loadContent, type ReadFile } from '../content/load-content.ts';
import { formatPath, sortProblems, unexpectedFailure, type Problem } from './problem.ts';
import { findRefs } from './walk-refs.ts';

/** An entry that passed its schema; `CheckedEntry<'exemplars'>` holds a story's typed data. */
export type CheckedEntry<C extends CollectionName = CollectionName> = ContentEntry<C>;

export interface CheckContext {
  root: string;
  today: Date;
  entries: ContentEntries;
  /**
   * Every file read, parsed or not, with its raw frontmatter data: rules on a file's own text
   * (a story's body) run even when its frontmatter failed the schema, so all problems show at once.
   */
  files: ReadFile[];
}

/** A rule that looks across entries, after each has passed its own schema. */
export type ContentRule = (ctx: CheckContext) => Problem[];

export interface CheckOptions {
  root: string;
  /** Rewrite files that are not in Unicode NFC instead of reporting them. */
  fix?: boolean;
  today?: Date;
  /** The cross-entry rules to run: the project's are DEFAULT_RULES (src/lib/check/rules/index.ts). */
  rules: readonly ContentRule[];
  /** Called after each file, for progress output on large trees. */
  onFile?: (done: number, total: number) => void;
}

export interface CheckResult {
  problems: Problem[];
  files: number;
  entries: ContentEntries;
  fixed: string[];
}

/**
 * Every collection read by the one content loader (src/lib/content/load-content.ts), then
 * references between entries and the cross-entry rules.
 */
export function checkContent(options: CheckOptions): CheckResult {
  const { root, fix = false, today = new Date(), rules } = options;
  const loaded = loadContent({ root, fix, ...(options.onFile ? { onFile: options.onFile } : {}) });
  const problems = [...loaded.problems];
  const ctx: CheckContext = { root, today, entries: loaded.entries, files: loaded.files };
  problems.push(...checkReferences(ctx, loaded.invalid));
  for (const rule of rules) {
    try {
      problems.push(...rule(ctx));
    } catch (error) {
      problems.push(unexpectedFailure('content', `chạy bước kiểm tra “${rule.name}”`, error));
    }
  }
  return { problems: sortProblems(problems), files: loaded.count, entries: loaded.entries, fixed: loaded.fixed };
}

/** Astro only logs a broken reference and still exits 0, so the check is where it fails. */
export function checkReferences(ctx: CheckContext, invalid: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  for (const entry of ctx.entries.all()) {
    for (const { ref, path } of findRefs(entry.data)) {
      const target = ctx.entries.get(ref.collection);
      if (target.has(ref.id) || invalid.has(`${ref.collection}/${ref.id}`)) continue;
      const known = [...target.keys()];
      const spec = COLLECTIONS[ref.collection];
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(path),
        field: formatPath(path),
        message: `Không có ${spec.label} nào mang mã “${ref.id}”.`,
        fix: known.length
          ? `Dùng một mã có trong ${spec.base}/: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}.`
          : `Thêm tệp ${spec.base}/${ref.id}.yaml, hoặc sửa mã cho đúng.`,
      });
    }
  }
  return problems;
}
