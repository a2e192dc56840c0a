/**
 * QR codes of the site's addresses, drawn at build time as SVG by uqr (the choice of library:
 * docs/members-tools.md, "Sharing"). Every page's code is a file of its own beside its HTML, so a
 * page loads it only when the reader opens its "Chia sẻ" control.
 */
import { renderSVG } from 'uqr';

/** The QR code's file name, beside each page's index.html (`huong-dan/qr.svg`). */
export const QR_FILE = 'qr.svg';

/**
 * Medium error correction (15 %) survives a creased or smudged printout on a notice board
 * without making a long address's code too dense to scan from a phone screen. The quiet zone
 * of 4 modules is what the QR standard asks for.
 */
const OPTIONS = { ecc: 'M', border: 4 } as const;

/** The QR code of a URL as an SVG document, black on white. */
export function qrSvg(url: string): string {
  return renderSVG(url, OPTIONS);
}

/** The QR file of a built page: `van-ban/x/index.html` → `van-ban/x/qr.svg`; null for other files. */
export function qrFileOf(htmlFile: string): string | null {
  const match = /^(.*\/)?index\.html$/.exec(htmlFile);
  return match ? `${match[1] ?? ''}${QR_FILE}` : null;
}

/** The URL path of a page's QR file: the page's own path (`/thi-dua/huong-dan/`) plus the file name. */
export function qrPathOf(pagePath: string): string {
  return `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}${QR_FILE}`;
}

/** The href of a built page's `<link rel="canonical">`, or null (the 404 page has none). */
export function canonicalOf(html: string): string | null {
  const link = /<link\b[^>]*\brel="canonical"[^>]*>/.exec(html)?.[0];
  const href = link && /\bhref="([^"]*)"/.exec(link)?.[1];
  return href ? href.replace(/&amp;/g, '&') : null;
}
