import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.ts';
import { TMP } from './projects.ts';

/**
 * A Node stack frame ("    at fn (file.ts:1:2)", "    at node:internal/…"): no output of the
 * check or the build may hold one.
 */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(node:.+\))$/m;

/** Hostile stories, one folder each: see tests/fixtures/hostile-cases/README.md. */
const CASES_DIR = join(ROOT, 'tests/fixtures/hostile-cases');

export interface HostileCase {
  class: string;
  file?: string;
  field: string;
  says: string;
  symlinks?: Record<string, string>;
  append?: Array<{ file: string; text: string; times: number }>;
}

export const HOSTILE_CASE_NAMES = readdirSync(CASES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export const HOSTILE_CASES = new Map(
  HOSTILE_CASE_NAMES.map((name) => [name, JSON.parse(readFileSync(join(CASES_DIR, name, 'case.json'), 'utf8')) as HostileCase]),
);

/** The case's stories as an attacker's pull request would lay them out, links and all. */
export function hostileStories(name: string): string {
  const spec = HOSTILE_CASES.get(name)!;
  const stories = join(TMP, 'hostile-cases', name);
  rmSync(stories, { recursive: true, force: true });
  mkdirSync(stories, { recursive: true });
  const from = join(CASES_DIR, name, 'stories');
  if (existsSync(from)) cpSync(from, stories, { recursive: true, verbatimSymlinks: true });
  for (const [path, target] of Object.entries(spec.symlinks ?? {})) {
    mkdirSync(dirname(join(stories, path)), { recursive: true });
    symlinkSync(target, join(stories, path));
  }
  for (const { file, text, times } of spec.append ?? []) appendFileSync(join(stories, file), text.repeat(times));
  return stories;
}
