import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE, ROOT } from '../support/paths.ts';
import { TMP } from '../support/projects.ts';

const GOOD = `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Trang mẫu</title>
<link rel="icon" href="data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E">
</head>
<body><p>Công đoàn cơ sở Mẫu A</p></body>
</html>
`;

// The two mistakes the site once shipped: a raw space in the favicon's data URI, and a script
// after </html>.
const BAD = GOOD.replace('%3Csvg%20xmlns', '%3Csvg xmlns').replace('</html>\n', '</html>\n<script>void 0</script>\n');

/** A built-site folder with these pages, checked by the real `npm run gates -- --only nu`. */
function runNuGate(name: string, pages: Record<string, string>) {
  const dir = join(TMP, 'nu-gate', name);
  rmSync(dir, { recursive: true, force: true });
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return spawnSync(NODE, ['scripts/dev/gates/index.ts', '--dir', dir, '--only', 'nu'], { cwd: ROOT, encoding: 'utf8' });
}

describe('the Nu HTML Checker gate (scripts/dev/gates/nu.ts)', () => {
  it('fails on invalid pages, naming page, line and message for each error', () => {
    const result = runNuGate('bad', { 'index.html': GOOD, 'tim-kiem/index.html': BAD });
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/tim-kiem\/index\.html: 6: Bad value .* for attribute “href” on element “link”.*Space is not allowed/);
    expect(result.stdout).toContain('tim-kiem/index.html: 10: Stray start tag “script”.');
    expect(result.stdout).not.toMatch(/^ {2}index\.html:/m);
    expect(result.stderr).toContain('Failed gates: nu');
  });

  it('passes valid pages', () => {
    const result = runNuGate('good', { 'index.html': GOOD, 'tim-kiem/index.html': GOOD });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('2 pages, 0 errors');
  });
});
