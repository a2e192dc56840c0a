import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type ParseOptions, type DocumentOptions, type SchemaOptions } from 'yaml';
import type { Problem } from '../check/problem.ts';

/**
 * The one way content files are read: the content check and the site's loader
 * (src/loaders/content-files.ts) both call `parseSourceFile`, so a file the check accepts is
 * read identically by the build. YAML 1.2 core schema: dates stay strings ("2023-03-21") and the
 * schema decides what they mean; no tags beyond the core ones (no !!binary, !!timestamp, !!js/…,
 * custom !tags); no merge keys; every key once.
 */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: true,
  prettyErrors: false,
};

/** Aliases (`*name`) a file may expand: a few are harmless, thousands are an alias bomb. */
export const MAX_YAML_ALIASES = 50;

/** Bytes of a story's frontmatter: about thirty times a full one (tests/fixtures), far below what hurts. */
export const MAX_FRONTMATTER_BYTES = 32_000;

/** A content file parsed for checking: its data plus a way to find the line of any field. */
export interface SourceFile {
  /** Project-relative path with forward slashes. */
  file: string;
  data: unknown;
  /** Markdown body after the frontmatter (stories only). */
  body?: string;
  /** 1-based line where the body starts. */
  bodyLine?: number;
  /** Best line for a field path: the field itself, or the nearest parent that exists. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number;
  problems: Problem[];
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/**
 * Editors' tools save a byte-order mark, Windows (CRLF) or old Mac (CR) line endings: all read
 * as plain LF text, by the check and the build alike, so line numbers match what editors see.
 */
export function normalizeSourceText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const wholeFileProblem = (file: string, message: string, fix: string): SourceFile => ({
  file,
  data: undefined,
  lineOf: () => 1,
  problems: [{ file, line: 1, field: '-', message, fix }],
});

export function parseSourceFile(file: string, original: string): SourceFile {
  const raw = normalizeSourceText(original);
  const isMarkdown = /\.mdx?$/.test(file);
  let yamlText = raw;
  let lineOffset = 0;
  let body: string | undefined;
  let bodyLine: number | undefined;
  if (isMarkdown) {
    const match = FRONTMATTER.exec(raw);
    if (!match) {
      return wholeFileProblem(
        file,
        'Không tìm thấy phần thông tin đầu tệp (frontmatter).',
        'Tệp phải bắt đầu bằng một dòng “---”, các trường thông tin, rồi một dòng “---” nữa; xem mẫu trong CONTRIBUTING.md.',
      );
    }
    yamlText = match[1]!;
    if (Buffer.byteLength(yamlText) > MAX_FRONTMATTER_BYTES) {
      return wholeFileProblem(
        file,
        `Phần thông tin đầu tệp (frontmatter) dài ${Buffer.byteLength(yamlText)} byte, vượt giới hạn ${MAX_FRONTMATTER_BYTES} byte.`,
        'Rút gọn các trường thông tin; nội dung dài viết ở phần thân câu chuyện, sau dòng “---” thứ hai.',
      );
    }
    lineOffset = 1;
    body = raw.slice(match[0].length);
    bodyLine = raw.slice(0, match[0].length).split('\n').length;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { ...YAML_OPTIONS, lineCounter });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

  // Warnings are errors here: an unknown tag would otherwise be read as a plain string. Past
  // the parser's depth bound, the rest are echoes of it (thousands of BAD_INDENT): report it alone.
  const all = [...doc.errors, ...doc.warnings];
  const exhausted = all.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  const seen = new Set<string>();
  const reported = exhausted
    ? [exhausted]
    : all.filter((error) => {
        const key = `${error.code}@${lineCounter.linePos(error.pos[0]).line}`;
        return !seen.has(key) && seen.add(key);
      });
  const problems: Problem[] = reported.map((error) => {
    const described = describeYamlError(error.code, error.message);
    return {
      file,
      line: lineAt(error.pos[0]),
      // Syntax errors are about the file's layout ('-'); a refused tag or depth, about one field.
      field: described.inField ? fieldAt(doc, error.pos[0]) : '-',
      message: described.message,
      fix: described.fix,
    };
  });

  let data: unknown;
  if (!problems.length) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (error) {
      // The yaml package refuses to expand an alias bomb here (a ReferenceError naming aliases).
      if (!/alias/i.test((error as Error).message)) throw error;
      const offset = firstAliasOffset(doc);
      problems.push({
        file,
        line: lineAt(offset),
        field: fieldAt(doc, offset),
        message: `Lỗi YAML: các tham chiếu “*tên” nhân bản dữ liệu quá nhiều lần (giới hạn ${MAX_YAML_ALIASES}); đây là dạng tấn công làm cạn bộ nhớ.`,
        fix: 'Bỏ các nhãn “&tên” và tham chiếu “*tên”, viết thẳng giá trị vào từng trường.',
      });
    }
  }

  return {
    file,
    data: problems.length ? undefined : data,
    ...(body !== undefined ? { body, bodyLine } : {}),
    lineOf: (path) => lineAt(nodeOffset(doc, path)),
    problems,
  };
}

function nodeOffset(doc: Document, path: ReadonlyArray<PropertyKey>): number {
  // Walk up from the field until something that exists in the file is found: the field's own
  // key, a list item, or the nearest parent key (for a field that is missing altogether).
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    } else if (isSeq(parent) && typeof key === 'number') {
      const item = parent.items[key];
      if (isNode(item) && item.range) return item.range[0];
    }
  }
  return isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0;
}

/** Top-level field whose key or value contains `offset`, for naming it in a problem. */
function fieldAt(doc: Document, offset: number): string {
  if (!isMap(doc.contents)) return '-';
  for (const pair of doc.contents.items) {
    const start = isNode(pair.key) ? pair.key.range?.[0] : undefined;
    const end = isNode(pair.value) ? pair.value.range?.[2] : undefined;
    if (start !== undefined && end !== undefined && start <= offset && offset <= end && isScalar(pair.key)) {
      return String(pair.key.value);
    }
  }
  return '-';
}

/** Offset of the first alias in the document, iteratively (the tree may be deep). */
function firstAliasOffset(doc: Document): number {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isPair(node)) stack.push(node.value, node.key);
    else if (isMap(node) || isSeq(node)) stack.push(...[...node.items].reverse());
    else if (isAlias(node) && node.range) return node.range[0];
  }
  return 0;
}

const SYNTAX_FIX =
  'Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm sau tên trường, và đặt chữ có dấu “:” hoặc “#” trong ngoặc kép.';

const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'thụt lề không đúng',
  TAB_AS_INDENT: 'dùng phím tab để thụt lề',
  DUPLICATE_KEY: 'một trường xuất hiện hai lần',
  MISSING_CHAR: 'thiếu ký tự (thường là dấu hai chấm hoặc dấu ngoặc)',
  MULTILINE_IMPLICIT_KEY: 'tên trường bị xuống dòng hoặc thiếu dấu hai chấm',
  BLOCK_AS_IMPLICIT_KEY: 'tên trường không hợp lệ',
  UNEXPECTED_TOKEN: 'có ký tự không mong đợi',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt',
  MISSING_ANCHOR: 'thiếu nhãn tham chiếu',
};

function describeYamlError(code: string, detail: string): { message: string; fix: string; inField: boolean } {
  if (code === 'TAG_RESOLVE_FAILED') {
    const tag = /tag: (\S+)/.exec(detail)?.[1]?.replace('tag:yaml.org,2002:', '!!') ?? '';
    return {
      message: `Lỗi YAML: thẻ kiểu dữ liệu “${tag}” không được dùng (${code}).`,
      fix: 'Xoá thẻ bắt đầu bằng “!” trước giá trị; viết giá trị như chữ thường, đặt trong ngoặc kép nếu cần.',
      inField: true,
    };
  }
  if (code === 'RESOURCE_EXHAUSTION') {
    return {
      message: `Lỗi YAML: dữ liệu lồng nhau quá sâu hoặc quá lớn để đọc (${code}).`,
      fix: 'Viết các trường thông tin theo mẫu trong CONTRIBUTING.md, mỗi nhóm chỉ lồng vài tầng.',
      inField: true,
    };
  }
  return { message: `Lỗi cú pháp YAML: ${YAML_ERRORS[code] ?? 'tệp không đọc được'} (${code}).`, fix: SYNTAX_FIX, inField: false };
}
