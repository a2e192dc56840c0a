/**
 * Writes each page's QR code beside its HTML (`huong-dan/qr.svg`), encoding the page's canonical
 * URL as the page itself states it, so the code and the address the "Chia sẻ" control shows
 * cannot disagree. Pages without a canonical link (the 404 page) get none.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalOf, qrFileOf, qrSvg } from '../../lib/share/qr.ts';

/** Returns how many codes were written and their total bytes. */
export function writeQrCodes(outDir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const page of globSync('**/index.html', { cwd: outDir, exclude: (name) => name === 'pagefind' })) {
    const qrFile = qrFileOf(page);
    const url = canonicalOf(readFileSync(join(outDir, page), 'utf8'));
    if (!qrFile || !url) continue;
    const svg = qrSvg(url);
    writeFileSync(join(outDir, qrFile), svg);
    files += 1;
    bytes += Buffer.byteLength(svg);
  }
  return { files, bytes };
}
