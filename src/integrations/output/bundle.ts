/** Bundles a browser script of src/scripts/ into one minified file, as the site ships it. */
import { buildSync } from 'esbuild';

/** `esm` for a script the page imports, `iife` for a classic script (the service worker). */
export function bundleBrowserScript(entry: string, format: 'esm' | 'iife'): Uint8Array {
  return buildSync({
    entryPoints: [entry],
    bundle: true,
    format,
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  }).outputFiles[0]!.contents;
}
