/** Bundles a browser script of src/scripts/ into one minified file, as the site ships it. */
import { createHash } from 'node:crypto';
import { buildSync } from 'esbuild';

/** A script's file name with a hash of its bytes (`ui.0123456789.js`), so it can be cached forever. */
export function hashedName(name: string, code: Uint8Array): string {
  return `${name}.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
}

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
