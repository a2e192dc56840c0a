import { globSync } from 'node:fs';
import { siteRowOf } from '../../../src/lib/site-map.ts';
import { BROWSER_SITE_DIR } from './paths.ts';

/**
 * Every reading page of the browser-test build, as URL paths ("/", "/huong-dan/", "/404.html"):
 * the editors' workspace is an application with its own test (workspace.test.ts).
 */
export function builtPagePaths(): string[] {
  return globSync('**/*.html', { cwd: BROWSER_SITE_DIR })
    .filter((file) => !siteRowOf(file)?.app)
    .map((file) => `/${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}
