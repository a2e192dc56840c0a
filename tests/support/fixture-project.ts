import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NODE, ROOT } from './paths.ts';

/** A scratch copy of content/ to break on purpose; the real content is never touched. */
export function copyContent(): string {
  const base = join(ROOT, 'tests/.tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'content-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

export function editFile(root: string, file: string, edit: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`The edit to ${file} changed nothing: the fixture is stale.`);
  writeFileSync(path, after);
}

export function runCheck(root: string, ...args: string[]): { status: number | null; output: string; lines: string[] } {
  const result = spawnSync(NODE, ['scripts/check-content.ts', '--root', root, ...args], { cwd: ROOT, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  return { status: result.status, output, lines: result.stdout.split('\n').filter(Boolean) };
}
