/**
 * One read of every built page for all the deployment steps that look at pages (search index,
 * security policy, sitemap filter, QR codes). With 5,000 stories the site has over 6,000 pages; each step
 * reading them itself cost more than the steps' own work (docs/benchmarks.md, "Build profile").
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A deployment step that sees every page once. */
export interface PageStep<R> {
  /**
   * Called for each page in path order, with its HTML as the steps listed before this one left
   * it; returns the page's new HTML to change it (written once, after the last step).
   */
  page(file: string, html: string): string | undefined | Promise<string | undefined>;
  /** Called once every page was seen, in the order the steps are listed. */
  finish(): R | Promise<R>;
  /** Releases what the step holds, whether the pass finished or failed. */
  close?(): Promise<void>;
}

type Results<T extends readonly PageStep<unknown>[]> = { [K in keyof T]: T[K] extends PageStep<infer R> ? R : never };

/** The HTML pages of a built site, as paths relative to it, sorted. */
export function builtPages(outDir: string): string[] {
  return globSync('**/*.html', { cwd: outDir, exclude: (name) => name === 'pagefind' }).sort();
}

/** Runs the steps over `files` (from builtPages), then finishes them in order. */
export async function runPageSteps<T extends readonly PageStep<unknown>[]>(outDir: string, files: string[], steps: T): Promise<Results<T>> {
  try {
    for (const file of files) {
      const path = join(outDir, file);
      const original = readFileSync(path, 'utf8');
      let html = original;
      for (const step of steps) html = (await step.page(file, html)) ?? html;
      if (html !== original) writeFileSync(path, html);
    }
    const results: unknown[] = [];
    for (const step of steps) results.push(await step.finish());
    return results as Results<T>;
  } finally {
    for (const step of steps) await step.close?.();
  }
}
