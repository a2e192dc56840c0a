/**
 * QR codes of the site's addresses, drawn at build time as SVG from the matrix the `qr` package encodes (the choice of library:
 * docs/members-tools.md, "Sharing"). Every page's code is a file of its own beside its HTML, so a
 * page loads it only when the reader opens its "Chia sẻ" control.
 */
import encodeQR from 'qr';

/** The QR code's file name, beside each page's index.html (`huong-dan/qr.svg`). */
export const QR_FILE = 'qr.svg';

/**
 * Medium error correction (15 %) survives a creased or smudged printout on a notice board
 * without making a long address's code too dense to scan from a phone screen. The quiet zone
 * of 4 modules is what the QR standard asks for.
 */
const OPTIONS = { ecc: 'medium', border: 4 } as const;

/** SVG units per module: the drawing's natural size stays crisp when rasterised as it is. */
const UNIT = 10;

/**
 * The QR code of a URL as an SVG document, black on white. The drawing is one path of
 * horizontal runs of dark modules rather than a square per module, which halves each file:
 * there is one beside every page, over 6,000 with 5,000 stories (docs/members-tools.md, "Sharing").
 */
export function qrSvg(url: string): string {
  const data = encodeQR(url, 'raw', OPTIONS);
  const size = data.length;
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < size && row[x + 1]) x++;
      const width = (x + 1 - start) * UNIT;
      path += `M${start * UNIT} ${y * UNIT}h${width}v${UNIT}h-${width}z`;
    }
  });
  const side = size * UNIT;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}"><rect fill="white" width="${side}" height="${side}"/><path fill="black" d="${path}"/></svg>`;
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
