import { describe, expect, it } from 'vitest';
import { findImports, IMPORT_RULES, ruleViolations, YAML_READER_RULE } from '../support/import-rules.ts';
import { ROOT } from '../support/paths.ts';

describe('import rules', () => {
  it.each(IMPORT_RULES.map((rule) => [rule.module, rule] as const))('%s: src/ and scripts/ keep the rule', (_, rule) => {
    expect(ruleViolations(ROOT, rule), `Not allowed: ${rule.why}`).toEqual([]);
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
