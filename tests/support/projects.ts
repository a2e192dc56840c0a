import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildableProject, contentOnlyProject } from '../../scripts/lib/project-copy.ts';
import { ROOT } from './paths.ts';

export const TMP = join(ROOT, 'tests/.tmp');
export const FIXTURES = join(ROOT, 'tests/fixtures/exemplars');

/** A project for the content check: the real content/ with content/exemplars → `exemplarsDir`. */
export function checkProject(name: string, exemplarsDir: string): string {
  return contentOnlyProject(ROOT, join(TMP, 'check-projects', name), exemplarsDir);
}

/** A full, buildable copy of the project with no story (see scripts/lib/project-copy.ts). */
export function projectCopy(name: string): string {
  return buildableProject(ROOT, join(TMP, 'projects', name));
}

export function copyStories(fromDir: string, project: string): void {
  if (!existsSync(fromDir)) throw new Error(`No fixture stories in ${fromDir}`);
  cpSync(fromDir, join(project, 'content/exemplars'), { recursive: true });
}
