import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Which module may import what. Each rule names a module, the files allowed to import all of
 * it, and the bindings every other file may still import. An architecture test can add rules
 * here and check them with `ruleViolations`.
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

/** Folders whose code the rules cover: what the site and the tools run, not the tests. */
export const RULED_FOLDERS = ['src', 'scripts'] as const;

export const YAML_READER_RULE: ImportRule = {
  module: 'yaml',
  allowedIn: ['src/lib/check/source-file.ts'],
  elsewhere: ['stringify'],
  why:
    'content files are parsed only by parseSourceFile, and read through the typed loader ' +
    '(src/lib/content/load-content.ts, or src/lib/content/read-entry.ts for the site); writing YAML is fine',
};

export const IMPORT_RULES: readonly ImportRule[] = [YAML_READER_RULE];

export interface FoundImport {
  specifier: string;
  /** Imported bindings: names, `default`, `*` for a namespace or a dynamic import. */
  names: string[];
  line: number;
}

/** The code of a file that can import: a TypeScript/JavaScript file, or an .astro file's frontmatter and scripts. */
function codeOf(file: string, text: string): string[] {
  if (!file.endsWith('.astro')) return [text];
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
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

const matches = (specifier: string, module: string) => specifier === module || specifier.endsWith(`/${module}`) || specifier.startsWith(`${module}/`);

/** `file:line imports {names} from module` for every import that breaks the rule under `root`. */
export function ruleViolations(root: string, rule: ImportRule): string[] {
  const files = RULED_FOLDERS.flatMap((folder) => globSync(`${folder}/**/*.{ts,mts,js,mjs,astro}`, { cwd: root })).sort();
  const violations: string[] = [];
  for (const file of files) {
    const rel = file.split('\\').join('/');
    if (rule.allowedIn.includes(rel)) continue;
    for (const found of findImports(rel, readFileSync(join(root, file), 'utf8'))) {
      if (!matches(found.specifier, rule.module)) continue;
      const refused = found.names.filter((name) => !rule.elsewhere.includes(name));
      if (refused.length) violations.push(`${rel}:${found.line} imports {${refused.join(', ')}} from ${found.specifier}`);
    }
  }
  return violations;
}
