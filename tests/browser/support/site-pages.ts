import { globSync } from 'node:fs';
import { BROWSER_SITE_DIR } from './paths.ts';

/** Every page of the browser-test build, as URL paths ("/", "/huong-dan/", "/404.html"). */
export function builtPagePaths(): string[] {
  return globSync('**/*.html', { cwd: BROWSER_SITE_DIR })
    .map((file) => `/${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}
