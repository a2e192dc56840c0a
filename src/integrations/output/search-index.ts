/**
 * Builds the Pagefind index of a built site with Vietnamese-aware text (src/lib/search/): every
 * page's HTML is read, its text is put in index form (đ → ď) in memory only, and Pagefind writes
 * the bundle to <site>/pagefind/. Used by the Astro integration (every build) and the benchmark.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlForIndex, withMaterialType } from '../../lib/search/index-html.ts';

export interface SearchIndexResult {
  pages: number;
  files: number;
  bytes: number;
  ms: number;
}

export interface SearchIndexOptions {
  siteDir: string;
  /** Called every few hundred pages with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 50;

function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind: ${what} failed:\n${response.errors.join('\n')}`);
  return response;
}

export async function buildSearchIndex({ siteDir, onProgress }: SearchIndexOptions): Promise<SearchIndexResult> {
  const started = performance.now();
  const files = globSync('**/*.html', { cwd: siteDir, exclude: (name) => name === 'pagefind' }).sort();
  try {
    const { index } = check(await pagefind.createIndex({ forceLanguage: 'vi' }), 'createIndex');
    if (!index) throw new Error('Pagefind: createIndex returned no index.');
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      await Promise.all(
        batch.map(async (file) => {
          const content = withMaterialType(htmlForIndex(readFileSync(join(siteDir, file), 'utf8')), file);
          check(await index.addHTMLFile({ sourcePath: file, content }), `indexing ${file}`);
        }),
      );
      onProgress?.(Math.min(i + BATCH, files.length), files.length);
    }
    const outputPath = join(siteDir, 'pagefind');
    check(await index.writeFiles({ outputPath }), 'writing the index');
    const written = globSync('**/*', { cwd: outputPath, withFileTypes: true }).filter((entry) => entry.isFile());
    const bytes = written.reduce((sum, entry) => sum + readFileSync(join(entry.parentPath, entry.name)).length, 0);
    return { pages: files.length, files: written.length, bytes, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
