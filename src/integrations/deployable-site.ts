/**
 * Makes `astro build` produce the complete deployable site, so a host that runs plain
 * `astro build` publishes the same files as `npm run build`:
 * - bundles the search interface (src/scripts/search/ui.ts) into one file that pages load only
 *   when the reader first opens search, and tells pages its URL (import.meta.env.SEARCH_UI_URL);
 * - once every page and the sitemap are written, runs the deployment steps of
 *   ./output/deploy-output.ts in their fixed order (search index, security policy, sitemap
 *   filter, service worker).
 *
 * It must be the last integration: its last step hashes the finished output, so nothing may
 * write after it. Starlight inserts its own integrations (sitemap, MDX) right after itself, so
 * listing this one after Starlight in astro.config.mjs is enough; astro:config:done checks it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase, withBase } from '../lib/base-path.ts';
import { bundleBrowserScript, hashedName } from './output/bundle.ts';
import { prepareForDeployment, type BuiltFile } from './output/deploy-output.ts';

export const INTEGRATION_NAME = 'deployable-site';

const ENTRY = fileURLToPath(new URL('../scripts/search/ui.ts', import.meta.url));

function bundleUi(): BuiltFile {
  const code = bundleBrowserScript(ENTRY, 'esm');
  return { code, name: hashedName('_search/ui', code) };
}

export default function deployableSite(): AstroIntegration {
  let ui: BuiltFile | undefined;
  let base = '/';
  let root = '';
  return {
    name: INTEGRATION_NAME,
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        ui = bundleUi();
        root = fileURLToPath(config.root);
        base = normalizeBase(config.base);
        updateConfig({ vite: { define: { 'import.meta.env.SEARCH_UI_URL': JSON.stringify(withBase(base, ui.name)) } } });
      },
      'astro:config:done': ({ config }) => {
        const names = config.integrations.map((integration) => integration.name);
        if (names.at(-1) !== INTEGRATION_NAME) {
          throw new Error(
            `${INTEGRATION_NAME} must be the last integration in astro.config.mjs (it hashes the finished output), but it is followed by: ${names.slice(names.indexOf(INTEGRATION_NAME) + 1).join(', ')}.`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        await prepareForDeployment({ outDir: fileURLToPath(dir), base, searchUi: ui!, root, log: (message) => logger.info(message) });
      },
    },
  };
}
