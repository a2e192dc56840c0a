/**
 * Vietnamese-aware search, replacing Starlight's built-in Pagefind step (pagefind: false):
 * - bundles the search interface (src/scripts/search/ui.ts) into one file that pages load only
 *   when the reader first opens search, and tells pages its URL (import.meta.env.SEARCH_UI_URL);
 * - after the build, indexes every page with đ-aware text (scripts/lib/search-index.ts) into
 *   <outDir>/pagefind/, inside the scratch folder the atomic build later swaps in.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';

const ENTRY = fileURLToPath(new URL('../scripts/search/ui.ts', import.meta.url));

async function bundleUi(): Promise<{ code: Uint8Array; name: string }> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  return { code, name: `_search/ui.${hash}.js` };
}

export default function vietnameseSearch(): AstroIntegration {
  let ui: { code: Uint8Array; name: string } | undefined;
  return {
    name: 'vietnamese-search',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        ui = await bundleUi();
        const base = config.base.replace(/\/?$/, '/');
        updateConfig({ vite: { define: { 'import.meta.env.SEARCH_UI_URL': JSON.stringify(`${base}${ui.name}`) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const file = join(siteDir, ui!.name);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, ui!.code);
        logger.info('Đang lập chỉ mục tìm kiếm (đ được tìm cả khi gõ d)…');
        const result = await buildSearchIndex({
          siteDir,
          onProgress: (done, total) => {
            if (total > 500 && (done % 500 === 0 || done === total)) logger.info(`  ${done}/${total} trang`);
          },
        });
        logger.info(`Chỉ mục tìm kiếm: ${result.pages} trang, ${(result.bytes / 1024).toFixed(0)} KB, ${Math.round(result.ms)} ms.`);
      },
    },
  };
}
