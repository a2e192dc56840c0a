/**
 * Serves the site's colours (src/lib/theme/palette.ts) as the stylesheet module
 * `virtual:site-palette.css`, listed in Starlight's `customCss`: Vite bundles it into the one
 * stylesheet with the rest, and the colours have no second copy in a .css file. The favicon
 * goes in too, as the brand mark beside the site title (`--site-mark`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { paletteCss } from '../lib/theme/palette.ts';

/** The favicon, which is also the brand mark beside the site title. */
const FAVICON = fileURLToPath(new URL('../../public/favicon.svg', import.meta.url));

export const PALETTE_CSS_MODULE = 'virtual:site-palette.css';
// The leading NUL marks a virtual module for other plugins; the .css ending makes it a stylesheet.
const RESOLVED = `\0${PALETTE_CSS_MODULE}`;

export function paletteCssPlugin(): Plugin {
  return {
    name: 'site-palette-css',
    resolveId: (id) => (id === PALETTE_CSS_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(FAVICON);
      return paletteCss(readFileSync(FAVICON, 'utf8'));
    },
  };
}
