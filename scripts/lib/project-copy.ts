import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A project for the content check only: the real content/ folders linked (read-only use),
 * with content/exemplars pointing at `exemplarsDir`.
 */
export function contentOnlyProject(repo: string, dest: string, exemplarsDir: string): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(join(dest, 'content'), { recursive: true });
  for (const entry of readdirSync(join(repo, 'content'))) {
    if (entry === 'exemplars') continue;
    symlinkSync(join(repo, 'content', entry), join(dest, 'content', entry));
  }
  symlinkSync(exemplarsDir, join(dest, 'content/exemplars'));
  return dest;
}

const SKIP_IN_COPY = new Set(['node_modules', 'dist', '.git', '.astro', 'tests', '.bench', 'coverage']);

/**
 * A full copy of the project that builds on its own, with an empty content/exemplars.
 * node_modules is a real folder of links to the installed packages, so Astro's cache
 * (node_modules/.astro) belongs to the copy and never mixes with the real site's.
 */
export function buildableProject(repo: string, dest: string): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(repo)) {
    if (SKIP_IN_COPY.has(entry) || entry.startsWith('dist.') || entry.startsWith('.dist-')) continue;
    cpSync(join(repo, entry), join(dest, entry), { recursive: true });
  }
  mkdirSync(join(dest, 'node_modules'));
  for (const entry of readdirSync(join(repo, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(repo, 'node_modules', entry), join(dest, 'node_modules', entry));
  }
  rmSync(join(dest, 'content/exemplars'), { recursive: true, force: true });
  mkdirSync(join(dest, 'content/exemplars'));
  return dest;
}
