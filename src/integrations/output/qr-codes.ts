/**
 * Writes each page's QR code beside its HTML (`huong-dan/qr.svg`), encoding the page's canonical
 * URL as the page itself states it, so the code and the address the "Chia sẻ" control shows
 * cannot disagree. Pages without a canonical link (the 404 page) get none. A step of the one
 * pass over the pages (./page-pass.ts), so no page is read twice.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalOf, qrFileOf, qrSvg } from '../../lib/share/qr.ts';
import type { PageStep } from './page-pass.ts';

/** Finishes with how many codes were written and their total bytes. */
export function qrCodesStep(outDir: string): PageStep<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  return {
    page(file, html) {
      const qrFile = qrFileOf(file);
      const url = qrFile ? canonicalOf(html) : undefined;
      if (!qrFile || !url) return undefined;
      const svg = qrSvg(url);
      writeFileSync(join(outDir, qrFile), svg);
      files += 1;
      bytes += Buffer.byteLength(svg);
      return undefined;
    },
    finish: () => ({ files, bytes }),
  };
}
