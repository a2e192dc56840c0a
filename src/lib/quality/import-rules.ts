/**
 * The import rules of docs/architecture.md, as data and one pure check. Each source file
 * belongs to a part of the project by its path; a part may import only the parts listed for
 * it (npm packages and Node built-ins are not parts and are always allowed, except Node
 * built-ins in browser code). tests/unit/architecture.test.ts applies it to the repository.
 */
import ts from 'typescript';

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
  ['scripts/bench/', 'dev-tools'],
  ['scripts/gates/', 'dev-tools'],
  ['scripts/ci/', 'dev-tools'],
  ['scripts/generate-stories.ts', 'dev-tools'],
  ['scripts/make-share-image.ts', 'dev-tools'],
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

/** The module specifiers a source file imports (static, re-exports and dynamic with a literal). */
export function importsOf(path: string, code: string): string[] {
  const source = path.endsWith('.astro') ? astroCode(code) : code;
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles.map((file) => file.fileName);
}

/** An .astro file's frontmatter and <script> bodies: where its imports can be. */
function astroCode(code: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(code)?.[1] ?? '';
  const scripts = [...code.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
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
    const specifiers = importsOf(file, code);
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
