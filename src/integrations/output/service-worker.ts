/**
 * Writes sw.js into a finished build: the worker (src/scripts/offline/service-worker.ts, bundled
 * with esbuild like the search UI) after the constants of this build. The precache list is read
 * from the output itself, so whatever earlier steps wrote (pages, assets, the search index) is
 * covered, and the cache version is a hash of the precached bytes.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleBrowserScript } from './bundle.ts';
import { withBase } from '../../lib/base-path.ts';
import { APP_PATHS } from '../../lib/site-map.ts';
import { cacheVersion, fileToUrl, OFFLINE_PAGE, SEARCH_INDEX_PRECACHE_BUDGET, selectPrecache } from '../../lib/offline/precache.ts';

const WORKER = fileURLToPath(new URL('../../scripts/offline/service-worker.ts', import.meta.url));

export interface ServiceWorkerSummary {
  version: string;
  files: number;
  bytes: number;
}

/** `indexBudget`: bytes up to which the search index is precached whole (tests lower it). */
export function writeServiceWorker(outDir: string, base: string, indexBudget = SEARCH_INDEX_PRECACHE_BUDGET): ServiceWorkerSummary {
  const files = globSync('**/*', { cwd: outDir })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => statSync(join(outDir, file)).isFile())
    .sort();
  if (!files.includes(`${OFFLINE_PAGE}index.html`)) {
    throw new Error(`The offline page ${OFFLINE_PAGE}index.html is missing from ${outDir}: the service worker needs it.`);
  }
  const precache = selectPrecache(
    files,
    (file) => readFileSync(join(outDir, file), 'utf8'),
    (file) => statSync(join(outDir, file)).size,
    indexBudget,
  );
  let bytes = 0;
  const entries = precache.map((file) => {
    const content = readFileSync(join(outDir, file));
    bytes += content.length;
    return { file, sha256: createHash('sha256').update(content).digest('hex') };
  });
  const version = cacheVersion(entries);
  const header = [
    `const VERSION = ${JSON.stringify(version)};`,
    `const BASE = ${JSON.stringify(base)};`,
    `const OFFLINE_URL = ${JSON.stringify(fileToUrl(base, `${OFFLINE_PAGE}index.html`))};`,
    // Applications (the editors' workspace) are left to the network: never cached, never served stale.
    `const APPS = ${JSON.stringify(APP_PATHS.map((path) => withBase(base, path)))};`,
    // The revision lets a reader's next version reuse files whose bytes did not change.
    `const PRECACHE = ${JSON.stringify(entries.map((entry) => [fileToUrl(base, entry.file), entry.sha256.slice(0, 16)]), null, 0)};`,
  ].join('\n');
  // A classic script (registered without { type: 'module' }); the constants come before it.
  writeFileSync(join(outDir, 'sw.js'), Buffer.concat([Buffer.from(`${header}\n`), bundleBrowserScript(WORKER, 'iife')]));
  return { version, files: precache.length, bytes };
}
