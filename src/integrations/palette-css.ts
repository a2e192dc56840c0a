/**
 * Serves the site's colours (src/lib/theme/palette.ts) as the stylesheet module
 * `virtual:site-palette.css`, listed in Starlight's `customCss`: Vite bundles it into the one
 * stylesheet with the rest, and the colours have no second copy in a .css file.
 */
import type { Plugin } from 'vite';
import { paletteCss } from '../lib/theme/palette.ts';

export const PALETTE_CSS_MODULE = 'virtual:site-palette.css';
// The leading NUL marks a virtual module for other plugins; the .css ending makes it a stylesheet.
const RESOLVED = `\0${PALETTE_CSS_MODULE}`;

export function paletteCssPlugin(): Plugin {
  return {
    name: 'site-palette-css',
    resolveId: (id) => (id === PALETTE_CSS_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? paletteCss() : undefined),
  };
}
