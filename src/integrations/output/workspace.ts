/**
 * Writes the editors' workspace into the built site (`<base>quan-tri/`, the site map's
 * `workspace` row): the page, `config.yml` generated from the schema and content
 * (src/lib/cms/), and Sveltia CMS's bundle copied from node_modules under a hashed name, so
 * nothing of it is committed or loaded from another origin. It runs after the pass over the
 * pages: the workspace is not indexed, has no QR code, and its policy stays out of the site's.
 *
 * Sveltia CMS's bundle fetches its fonts, its interface text for languages other than English,
 * and the latest version number from CDNs. Those addresses are rewritten to the workspace's own
 * folder, where the same files are published from the same node_modules package: the fonts its
 * npm build ships, the Vietnamese text, the package version (docs/editors.md, “Self-hosting”).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBase } from '../../lib/base-path.ts';
import { CHOICE_COLLECTIONS, workspaceChoices } from '../../lib/cms/choices.ts';
import { workspaceConfigYaml } from '../../lib/cms/story-config.ts';
import { workspacePage } from '../../lib/cms/workspace-page.ts';
import { readEntries } from '../../lib/content/load-content.ts';
import { SITE_MAP } from '../../lib/site-map.ts';
import { bundleBrowserScript, hashedName } from './bundle.ts';

/** Where the repository and branch come from: the deploy workflow sets them (docs/editors.md). */
export function workspaceTarget(env: NodeJS.ProcessEnv): { repo: string; branch: string } {
  return { repo: env.CMS_REPO || env.GITHUB_REPOSITORY || 'OWNER/REPO', branch: env.CMS_BRANCH || 'main' };
}

/** The CDN address of the package inside the bundle, as a template literal. */
const CDN_PACKAGE_BASE = '`https://unpkg.com/@sveltia/cms`';
/** The folder, inside the workspace, that stands for the package. */
const PACKAGE_FOLDER = 'sveltia-cms';
/** The interface languages published: Vietnamese (English is inside the bundle). */
const LOCALES = ['vi'];

const PREFER_VIETNAMESE = fileURLToPath(new URL('../../scripts/workspace/prefer-vietnamese.ts', import.meta.url));

function packageDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
}

/** A font on the fontsource CDN: family, an optional `:vf`, version, then the file's name. */
const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;
/** Where the fonts are published, inside the workspace folder. */
const FONT_FOLDER = 'fonts';

/** The woff2 files Sveltia CMS's npm build ships, by `<family>-<file>` (hash suffix dropped). */
function shippedFonts(): Map<string, string> {
  const assets = join(packageDir(), 'npm/assets');
  return new Map(
    readdirSync(assets)
      .filter((name) => name.endsWith('.woff2'))
      .map((name) => [name.replace(/-[A-Za-z0-9_]+\.woff2$/, ''), join(assets, name)]),
  );
}

interface CmsBundle {
  code: Buffer;
  /** Published name → file in node_modules, for every font the bundle now asks our origin for. */
  fonts: Map<string, string>;
}

/**
 * Sveltia CMS's one-file browser bundle with its CDN addresses pointing into `workspaceUrl`, and
 * without its source-map comment (the map is not published). Fails the build, rather than
 * publish a workspace that calls a CDN, if a new version changed how an address is written or
 * asks for a font its npm build does not ship.
 */
function cmsBundle(workspaceUrl: string): CmsBundle {
  const code = readFileSync(join(packageDir(), 'dist/sveltia-cms.js'), 'utf8');
  const found = code.split(CDN_PACKAGE_BASE).length - 1;
  if (found !== 1) {
    throw new Error(`Sveltia CMS bundle: expected its package address ${CDN_PACKAGE_BASE} once, found it ${found} times; see docs/editors.md, “Self-hosting”.`);
  }
  const shipped = shippedFonts();
  const fonts = new Map<string, string>();
  const rewritten = code
    .replace(CDN_PACKAGE_BASE, JSON.stringify(`${workspaceUrl}${PACKAGE_FOLDER}`))
    .replace(CDN_FONT, (url, family: string, file: string) => {
      const source = shipped.get(`${family}-${file}`);
      if (!source) throw new Error(`Sveltia CMS bundle: no font in its npm build for ${url}; see docs/editors.md, “Self-hosting”.`);
      const name = `${family}-${file}.woff2`;
      fonts.set(name, source);
      return `${workspaceUrl}${FONT_FOLDER}/${name}`;
    })
    .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return { code: Buffer.from(rewritten), fonts };
}

export interface WorkspaceSummary {
  folder: string;
  bundle: string;
  bundleBytes: number;
}

export function writeWorkspace({ outDir, base, root, env }: { outDir: string; base: string; root: string; env: NodeJS.ProcessEnv }): WorkspaceSummary {
  const folder = SITE_MAP.workspace.path;
  const dir = join(outDir, folder);
  const { version } = JSON.parse(readFileSync(join(packageDir(), 'package.json'), 'utf8')) as { version: string };
  const workspaceUrl = withBase(base, folder);
  // The bundle asks for `<package>@<version>/locales/<lang>.json` and `<package>/package.json`.
  mkdirSync(join(dir, `${PACKAGE_FOLDER}@${version}/locales`), { recursive: true });
  mkdirSync(join(dir, PACKAGE_FOLDER), { recursive: true });
  for (const locale of LOCALES) {
    copyFileSync(join(packageDir(), `locales/${locale}.json`), join(dir, `${PACKAGE_FOLDER}@${version}/locales/${locale}.json`));
  }
  writeFileSync(join(dir, PACKAGE_FOLDER, 'package.json'), `${JSON.stringify({ version })}\n`);

  const { code, fonts } = cmsBundle(workspaceUrl);
  const bundle = hashedName('sveltia-cms', code);
  writeFileSync(join(dir, bundle), code);
  mkdirSync(join(dir, FONT_FOLDER), { recursive: true });
  for (const [name, source] of fonts) {
    copyFileSync(source, join(dir, FONT_FOLDER, name));
    const licence = source.replace(/-latin-.*$/, '.LICENSE.txt');
    copyFileSync(licence, join(dir, FONT_FOLDER, `${name.replace(/-latin-.*$/, '')}.LICENSE.txt`));
  }
  const prefer = bundleBrowserScript(PREFER_VIETNAMESE, 'iife');
  const preferName = hashedName('tieng-viet', prefer);
  writeFileSync(join(dir, preferName), prefer);

  const choices = workspaceChoices(readEntries(root, CHOICE_COLLECTIONS));
  writeFileSync(join(dir, 'config.yml'), workspaceConfigYaml({ ...workspaceTarget(env), choices }));
  writeFileSync(join(dir, 'index.html'), workspacePage([preferName, bundle]));
  return { folder, bundle, bundleBytes: code.length };
}
