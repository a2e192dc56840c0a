/**
 * Builds the Pagefind index of a built site with Vietnamese-aware text (src/lib/search/): every
 * page's HTML is put in index form (đ → ď) in memory only, and Pagefind writes the bundle to
 * <site>/pagefind/. Used by the Astro integration (every build, as one step of the pass over the
 * pages, ./page-pass.ts) and the benchmark.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlForIndex, withMaterialType } from '../../lib/search/index-html.ts';
import { builtPages, runPageSteps, type PageStep } from './page-pass.ts';

export interface SearchIndexResult {
  pages: number;
  files: number;
  bytes: number;
  ms: number;
}

export interface SearchIndexOptions {
  siteDir: string;
  /** Called as pages are indexed with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Pages handed to Pagefind and not yet indexed. Pagefind indexes in its own process, so it works
 * on these while the build reads and checks the next pages; the bound keeps memory flat.
 */
const IN_FLIGHT = 64;

function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind: ${what} failed:\n${response.errors.join('\n')}`);
  return response;
}

/** The search index as a step of the pass over the pages; `total` is the number of pages. */
export async function searchIndexStep({ siteDir, onProgress }: SearchIndexOptions, total: number): Promise<PageStep<SearchIndexResult>> {
  const started = performance.now();
  const { index } = check(await pagefind.createIndex({ forceLanguage: 'vi' }), 'createIndex');
  if (!index) {
    await pagefind.close();
    throw new Error('Pagefind: createIndex returned no index.');
  }
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let done = 0;
  return {
    async page(file, html) {
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      if (failure) throw failure;
      const content = withMaterialType(htmlForIndex(html), file);
      const added: Promise<void> = index
        .addHTMLFile({ sourcePath: file, content })
        .then((response) => {
          check(response, `indexing ${file}`);
          onProgress?.((done += 1), total);
        })
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(added));
      inFlight.add(added);
      return undefined;
    },
    async finish() {
      await Promise.all(inFlight);
      if (failure) throw failure;
      const outputPath = join(siteDir, 'pagefind');
      check(await index.writeFiles({ outputPath }), 'writing the index');
      const written = globSync('**/*', { cwd: outputPath, withFileTypes: true }).filter((entry) => entry.isFile());
      const bytes = written.reduce((sum, entry) => sum + readFileSync(join(entry.parentPath, entry.name)).length, 0);
      return { pages: total, files: written.length, bytes, ms: performance.now() - started };
    },
    close: async () => {
      await pagefind.close();
    },
  };
}

/** The search index of a built site on its own (the search benchmark). */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexResult> {
  const files = builtPages(options.siteDir);
  const [result] = await runPageSteps(options.siteDir, files, [await searchIndexStep(options, files.length)] as const);
  return result;
}
