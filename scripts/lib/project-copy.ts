import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A throw-away copy of the project, without outputs and caches, for builds with content that
 * must never reach the real content/ (synthetic stories for benchmarks and gates). Its
 * node_modules is a folder of links to the real packages, so Astro's cache inside it starts empty.
 */
export function copyProject(root: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const skip = new Set(['node_modules', '.git', '.astro', '.bench', 'dist', 'coverage']);
  for (const entry of readdirSync(root)) {
    if (skip.has(entry) || entry.startsWith('dist.')) continue;
    cpSync(join(root, entry), join(dir, entry), { recursive: true, filter: (source) => !relative(root, source).startsWith('tests/.tmp') });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}
