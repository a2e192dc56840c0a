/**
 * The import rules of docs/architecture.md, as data and pure checks over source texts;
 * tests/unit/architecture.test.ts applies them to the repository.
 * - Parts: each source file belongs to a part of the project by its path, and a part may import
 *   only the parts listed for it (npm packages and Node built-ins are not parts and are always
 *   allowed, except Node built-ins in browser code).
 * - Modules: a few modules may be used only in one place (the YAML parser only by the reader).
 */
import ts from 'typescript';

/**
 * Which module may import what. Each rule names a module, the files allowed to import all of
 * it, and the bindings every other file may still import.
 */
export interface ImportRule {
  /** A package name or a path from the project root, as the import specifier ends. */
  module: string;
  /** Project-relative files that may import anything from it. */
  allowedIn: readonly string[];
  /** Named bindings any other file may import (for instance a writer's `stringify`). */
  elsewhere: readonly string[];
  /** Why, for the failure message. */
  why: string;
}

export const YAML_READER_RULE: ImportRule = {
  module: 'yaml',
  allowedIn: ['src/lib/content/source-file.ts'],
  elsewhere: ['stringify'],
  why:
    'content files are parsed only by parseSourceFile, and read through the typed loader ' +
    '(src/lib/content/load-content.ts, or src/lib/content/read-entry.ts for the site); writing YAML is fine',
};

export const IMPORT_RULES: readonly ImportRule[] = [YAML_READER_RULE];

export type Part = 'lib' | 'browser' | 'render' | 'data' | 'loaders' | 'build' | 'config' | 'editor-tools' | 'dev-tools' | 'tests';

/** First match wins: more specific prefixes come first. */
const PARTS: Array<[prefix: string, part: Part]> = [
  ['src/lib/', 'lib'],
  ['src/scripts/', 'browser'],
  ['src/components/', 'render'],
  ['src/pages/', 'render'],
  ['src/styles/', 'render'],
  ['src/middleware.ts', 'render'],
  ['src/route-middleware.ts', 'render'],
  ['src/content/', 'render'],
  ['src/data/', 'data'],
  ['src/loaders/', 'loaders'],
  ['src/content.config.ts', 'loaders'],
  ['src/integrations/', 'build'],
  ['astro.config.mjs', 'config'],
  ['scripts/dev/', 'dev-tools'],
  ['scripts/', 'editor-tools'],
  ['tests/', 'tests'],
  ['vitest.', 'tests'],
];

/** What each part may import, itself included where listed. */
export const ALLOWED: Record<Part, readonly Part[]> = {
  lib: ['lib'],
  browser: ['browser', 'lib'],
  render: ['render', 'data', 'lib'],
  data: ['data', 'lib'],
  loaders: ['loaders', 'lib'],
  build: ['build', 'lib'],
  config: ['build', 'loaders', 'lib'],
  'editor-tools': ['editor-tools', 'lib'],
  // Benchmarks time the build's own steps, so they may call them.
  'dev-tools': ['dev-tools', 'editor-tools', 'build', 'lib'],
  tests: ['lib', 'browser', 'render', 'data', 'loaders', 'build', 'config', 'editor-tools', 'dev-tools', 'tests'],
};

export function partOf(path: string): Part | undefined {
  return PARTS.find(([prefix]) => path.startsWith(prefix))?.[1];
}

export interface FoundImport {
  specifier: string;
  /** Imported bindings: names, `default`, `*` for a namespace or a dynamic import. */
  names: string[];
  line: number;
}

/** The code of a file that can import: a TypeScript/JavaScript file, or an .astro file's frontmatter and scripts. */
function codeOf(file: string, text: string): string[] {
  if (!file.endsWith('.astro')) return [text];
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return [...(frontmatter !== undefined ? [frontmatter] : []), ...scripts];
}

/** Every static import, re-export, dynamic import() and require() of a source text. */
export function findImports(file: string, text: string): FoundImport[] {
  const found: FoundImport[] = [];
  for (const code of codeOf(file, text)) {
    const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.importClause;
        const names: string[] = [];
        if (clause?.name) names.push('default');
        if (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings)) names.push('*');
        if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) {
          for (const element of clause.namedBindings.elements) names.push((element.propertyName ?? element.name).text);
        }
        found.push({ specifier: node.moduleSpecifier.text, names, line: lineOf(node) });
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const names =
          node.exportClause && ts.isNamedExports(node.exportClause)
            ? node.exportClause.elements.map((element) => (element.propertyName ?? element.name).text)
            : ['*'];
        found.push({ specifier: node.moduleSpecifier.text, names, line: lineOf(node) });
      } else if (ts.isCallExpression(node)) {
        const [first] = node.arguments;
        const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
        const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
        if ((isImport || isRequire) && first && ts.isStringLiteralLike(first)) found.push({ specifier: first.text, names: ['*'], line: lineOf(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The repository path a relative specifier points to, or undefined for a package or built-in. */
export function resolveRelative(fromPath: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const parts = fromPath.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

export interface ImportViolation {
  file: string;
  imports: string;
  rule: string;
}

/**
 * Every import that crosses a forbidden boundary, over `files` (repository path → source):
 * a part importing a part it may not, and browser code reaching a Node built-in through any
 * chain of relative imports.
 */
export function importViolations(files: ReadonlyMap<string, string>): ImportViolation[] {
  const violations: ImportViolation[] = [];
  const graph = new Map<string, string[]>();
  for (const [file, code] of files) {
    const from = partOf(file);
    const specifiers = findImports(file, code).map((found) => found.specifier);
    graph.set(file, specifiers);
    if (!from) continue;
    for (const specifier of specifiers) {
      const target = resolveRelative(file, specifier);
      const to = target ? partOf(target) : undefined;
      if (to && !ALLOWED[from].includes(to)) {
        violations.push({ file, imports: specifier, rule: `${from} may not import ${to}` });
      }
    }
  }
  // Browser code runs in the reader's browser: nothing it loads may need Node.
  const seen = new Set<string>();
  const queue = [...files.keys()].filter((file) => partOf(file) === 'browser');
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of graph.get(file) ?? []) {
      if (specifier.startsWith('node:')) violations.push({ file, imports: specifier, rule: 'browser code may not reach Node built-ins' });
      const target = resolveRelative(file, specifier);
      if (target && files.has(target)) queue.push(target);
    }
  }
  return violations;
}

const matches = (specifier: string, module: string) => specifier === module || specifier.endsWith(`/${module}`) || specifier.startsWith(`${module}/`);

/** `file:line imports {names} from module` for every import of `files` that breaks the rule. */
export function ruleViolations(files: ReadonlyMap<string, string>, rule: ImportRule): string[] {
  const violations: string[] = [];
  for (const [rel, code] of files) {
    if (rule.allowedIn.includes(rel)) continue;
    for (const found of findImports(rel, code)) {
      if (!matches(found.specifier, rule.module)) continue;
      const refused = found.names.filter((name) => !rule.elsewhere.includes(name));
      if (refused.length) violations.push(`${rel}:${found.line} imports {${refused.join(', ')}} from ${found.specifier}`);
    }
  }
  return violations;
}
