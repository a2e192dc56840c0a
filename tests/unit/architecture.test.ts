import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findImports, IMPORT_RULES, importViolations, partOf, ruleViolations, YAML_READER_RULE } from '../../src/lib/quality/import-rules.ts';
import { ROOT } from '../support/paths.ts';

/** Every source file of the project, by repository path (docs/architecture.md, "Import rules"). */
const files = new Map(
  globSync(['src/**/*.{ts,mjs,astro}', 'scripts/**/*.ts', 'astro.config.mjs'], { cwd: ROOT })
    .map((path) => path.split('\\').join('/'))
    .sort()
    .map((path) => [path, readFileSync(`${ROOT}${path}`, 'utf8')] as const),
);

describe('the import rules of docs/architecture.md', () => {
  it('place every source file in a part', () => {
    expect([...files.keys()].filter((file) => !partOf(file))).toEqual([]);
  });

  it('hold for every import in src/, scripts/ and the Astro config', () => {
    expect(importViolations(files)).toEqual([]);
  });

  it.each(IMPORT_RULES.map((rule) => [rule.module, rule] as const))('%s: used only where the rule allows', (_, rule) => {
    expect(ruleViolations(files, rule), `Not allowed: ${rule.why}`).toEqual([]);
  });

  it('catch a crossing: the check is only as good as its failures', () => {
    const bad = new Map([
      ['src/lib/a.ts', "import { x } from '../../scripts/lib/cli.ts';"],
      ['src/scripts/ui.ts', "import { y } from '../lib/b.ts';"],
      ['src/lib/b.ts', "import { readFileSync } from 'node:fs';"],
      ['src/pages/p.astro', "---\nimport { z } from '../integrations/deployable-site.ts';\n---\n<p>x</p>"],
    ]);
    expect(importViolations(bad)).toEqual([
      { file: 'src/lib/a.ts', imports: '../../scripts/lib/cli.ts', rule: 'lib may not import editor-tools' },
      { file: 'src/pages/p.astro', imports: '../integrations/deployable-site.ts', rule: 'render may not import build' },
      { file: 'src/lib/b.ts', imports: 'node:fs', rule: 'browser code may not reach Node built-ins' },
    ]);
  });

  it('finds every way a file can reach the yaml parser', () => {
    const code = [
      "import { parse } from 'yaml';",
      "import YAML from 'yaml';",
      "import * as Y from 'yaml';",
      "import { stringify } from 'yaml';",
      "import { parseDocument as read } from 'yaml';",
      "export { parse } from 'yaml';",
      "const lazy = await import('yaml');",
    ].join('\n');
    expect(findImports('scripts/x.ts', code)).toEqual([
      { specifier: 'yaml', names: ['parse'], line: 1 },
      { specifier: 'yaml', names: ['default'], line: 2 },
      { specifier: 'yaml', names: ['*'], line: 3 },
      { specifier: 'yaml', names: ['stringify'], line: 4 },
      { specifier: 'yaml', names: ['parseDocument'], line: 5 },
      { specifier: 'yaml', names: ['parse'], line: 6 },
      { specifier: 'yaml', names: ['*'], line: 7 },
    ]);
    const astro = "---\nimport { parse } from 'yaml';\n---\n<p>x</p>\n<script>import('yaml');</script>\n";
    expect(findImports('src/components/X.astro', astro).map((i) => i.names)).toEqual([['parse'], ['*']]);
  });

  it('refuses a file outside the reader that parses YAML, and allows one that only writes it', () => {
    const refused = (code: string) =>
      findImports('scripts/x.ts', code).filter((i) => i.names.some((name) => !YAML_READER_RULE.elsewhere.includes(name)));
    expect(refused("import { parse } from 'yaml';")).toHaveLength(1);
    expect(refused("import { stringify } from 'yaml';")).toHaveLength(0);
  });
});
