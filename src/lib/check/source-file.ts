import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problem.ts';

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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseSourceFile(file: string, raw: string): SourceFile {
  const isMarkdown = /\.mdx?$/.test(file);
  let yamlText = raw;
  let lineOffset = 0;
  let body: string | undefined;
  let bodyLine: number | undefined;
  if (isMarkdown) {
    const match = FRONTMATTER.exec(raw);
    if (!match) {
      return {
        file,
        data: undefined,
        lineOf: () => 1,
        problems: [
          {
            file,
            line: 1,
            field: '-',
            message: 'Không tìm thấy phần thông tin đầu tệp (frontmatter).',
            fix: 'Tệp phải bắt đầu bằng một dòng “---”, các trường thông tin, rồi một dòng “---” nữa; xem mẫu trong CONTRIBUTING.md.',
          },
        ],
      };
    }
    yamlText = match[1]!;
    lineOffset = 1;
    body = raw.slice(match[0].length);
    bodyLine = raw.slice(0, match[0].length).split('\n').length;
  }

  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: dates stay strings ("2023-03-21"), so the schema decides what they mean.
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, schema: 'core', uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    field: '-',
    message: `Lỗi cú pháp YAML: ${describeYamlError(error.code)}`,
    fix: 'Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm sau tên trường, và đặt chữ có dấu “:” hoặc “#” trong ngoặc kép.',
  }));

  return {
    file,
    data: problems.length ? undefined : doc.toJS(),
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

function describeYamlError(code: string): string {
  return `${YAML_ERRORS[code] ?? 'tệp không đọc được'} (${code}).`;
}
