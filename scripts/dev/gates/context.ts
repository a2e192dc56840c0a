import { globSync } from 'node:fs';

/** What every gate gets: the built site and where it is meant to be served. */
export interface GateContext {
  dir: string;
  base: string;
  site: string;
  /** Lighthouse page labels to measure (default: all of scripts/dev/gates/budgets.ts). */
  pages?: string[];
}

export interface Gate {
  name: string;
  summary: string;
  /** Resolves to the number of problems found (0 = pass). */
  run(context: GateContext): Promise<number>;
}

export function builtFiles(dir: string, pattern = '**/*'): string[] {
  return globSync(pattern, { cwd: dir, withFileTypes: false })
    .map((file) => file.split('\\').join('/'))
    .sort();
}
