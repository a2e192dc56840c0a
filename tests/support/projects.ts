import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export const TMP = join(ROOT, 'tests/.tmp');
export const FIXTURES = join(ROOT, 'tests/fixtures/exemplars');

/**
 * A project for the content check: the real content/ (linked, read-only use) with
 * content/exemplars pointing at the stories under test.
 */
export function checkProject(name: string, exemplarsDir: string): string {
  const root = join(TMP, 'check-projects', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'content'))) {
    if (entry === 'exemplars') continue;
    symlinkSync(join(ROOT, 'content', entry), join(root, 'content', entry));
  }
  symlinkSync(exemplarsDir, join(root, 'content/exemplars'));
  return root;
}

const SKIP_IN_COPY = new Set(['node_modules', 'dist', '.git', '.astro', 'tests', '.bench']);

/**
 * A full copy of the project that can be built on its own: sources and content are copied,
 * node_modules is a real folder of links to the installed packages, so Astro's cache
 * (node_modules/.astro) belongs to the copy and never mixes with the real site's.
 */
export function projectCopy(name: string): string {
  const root = join(TMP, 'projects', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (SKIP_IN_COPY.has(entry) || entry.startsWith('dist.') || entry.startsWith('.dist-')) continue;
    cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  rmSync(join(root, 'content/exemplars'), { recursive: true, force: true });
  mkdirSync(join(root, 'content/exemplars'));
  return root;
}

export function copyStories(fromDir: string, project: string): void {
  if (!existsSync(fromDir)) throw new Error(`No fixture stories in ${fromDir}`);
  cpSync(fromDir, join(project, 'content/exemplars'), { recursive: true });
}
