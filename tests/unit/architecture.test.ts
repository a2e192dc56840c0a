import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importViolations, partOf } from '../../src/lib/quality/import-rules.ts';
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
});
