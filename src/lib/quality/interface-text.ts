/**
 * Finds Vietnamese interface text written outside the catalogue (src/lib/i18n/ui.ts). Pure
 * string work on source text; tests/unit/interface-text.test.ts applies it to src/.
 *
 * The rules (docs/search.md, "Interface text"):
 * - a client script (src/scripts/**\/*.ts, any <script> in an .astro file) has no Vietnamese
 *   in a string, template or regular-expression literal;
 * - a component (src/components/**\/*.astro) has no Vietnamese in its markup text, attribute
 *   values or literals, except a literal compared with === or !== (a schema value such as
 *   'cá nhân', not text shown to readers);
 * - a page (src/pages/**\/*.astro) has no Vietnamese in a literal label or aria-label
 *   attribute. Page prose, titles and descriptions are the page's own content.
 * Comments may say anything. "Vietnamese" means a letter with a diacritic, or đ.
 */
import ts from 'typescript';

export interface Literal {
  text: string;
  line: number;
}

const VIETNAMESE_LETTER = /[đĐ]|\p{L}\p{M}/u;

export function hasVietnamese(text: string): boolean {
  return VIETNAMESE_LETTER.test(text.normalize('NFD'));
}

type Allow = (node: ts.Node) => boolean;

function literalsOf(code: string, kind: ts.ScriptKind, allow: Allow, lineOffset = 0): Literal[] {
  const file = ts.createSourceFile(`source.${kind === ts.ScriptKind.TSX ? 'tsx' : 'ts'}`, code, ts.ScriptTarget.Latest, true, kind);
  const found: Literal[] = [];
  const visit = (node: ts.Node) => {
    const text =
      ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isRegularExpressionLiteral(node)
        ? node.text
        : ts.isJsxText(node)
          ? node.text
          : undefined;
    if (text !== undefined && hasVietnamese(text) && !allow(node)) {
      found.push({ text: text.trim(), line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 + lineOffset });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const nothingAllowed: Allow = () => false;

/** Vietnamese literals in a client script (TypeScript or the body of a <script>). */
export function scriptLiterals(code: string, lineOffset = 0): Literal[] {
  return literalsOf(code, ts.ScriptKind.TS, nothingAllowed, lineOffset);
}

const isComparedWith: Allow = (node) => {
  const parent = node.parent;
  return (
    parent !== undefined &&
    ts.isBinaryExpression(parent) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)
  );
};

const LABEL_ATTRIBUTES = new Set(['label', 'aria-label']);
const isNotALabel: Allow = (node) => {
  const attribute = node.parent;
  return !(attribute !== undefined && ts.isJsxAttribute(attribute) && LABEL_ATTRIBUTES.has(attribute.name.getText()));
};

interface AstroParts {
  frontmatter: string;
  template: string;
  /** Line of the template's first line in the file, minus one. */
  templateOffset: number;
  scripts: Array<{ body: string; offset: number }>;
}

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length - 1;
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

function astroParts(source: string): AstroParts {
  const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  const frontmatter = fence?.[1] ?? '';
  const start = fence ? fence[0].length : 0;
  const scripts: AstroParts['scripts'] = [];
  for (const match of source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    scripts.push({ body: match[1] ?? '', offset: lineAt(source, match.index + match[0].indexOf('>') + 1) });
  }
  // Scripts, styles and HTML comments are blanked (lines kept) so the rest parses as JSX.
  const template = source
    .slice(start)
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>|<!--[\s\S]*?-->/g, blank);
  return { frontmatter, template, templateOffset: lineAt(source, start), scripts };
}

function templateLiterals(parts: AstroParts, allow: Allow): Literal[] {
  // "const _ = <>…</>" makes the markup one JSX expression; the prefix is on the first line.
  return literalsOf(`const _ = <>${parts.template}</>;`, ts.ScriptKind.TSX, allow, parts.templateOffset);
}

/** Vietnamese interface text written in a component instead of read from the catalogue. */
export function componentLiterals(source: string): Literal[] {
  const parts = astroParts(source);
  return [
    ...literalsOf(parts.frontmatter, ts.ScriptKind.TS, isComparedWith, 1),
    ...templateLiterals(parts, isComparedWith),
    ...parts.scripts.flatMap(({ body, offset }) => scriptLiterals(body, offset)),
  ];
}

/** Vietnamese text in a page's scripts or in a literal label / aria-label attribute. */
export function pageLiterals(source: string): Literal[] {
  const parts = astroParts(source);
  return [...templateLiterals(parts, isNotALabel), ...parts.scripts.flatMap(({ body, offset }) => scriptLiterals(body, offset))];
}
