import { FILTER_KEYS, siteRowOf } from '../site-map.ts';
import { toIndexForm } from './vietnamese.ts';

/**
 * The copy of a page's HTML that Pagefind indexes: đ/Đ in TEXT becomes ď/Ď (see vietnamese.ts),
 * while tags, attributes (ids, hrefs, filter and meta values), comments, scripts and styles stay
 * byte for byte, so anchors and filters keep working. The published page is never changed.
 *
 * One exception: `<code>` is left out of the index. It holds identifiers for editors
 * (`dak-glei`, `ha-tang`, `index.md`), not words readers look for, and their plain spelling took
 * Pagefind's bonus for an exactly typed form: `dak glei` ranked the submission guide, with its
 * table of locality codes, above the story from Đắk Glei.
 */
export function htmlForIndex(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += toIndexForm(html.slice(i));
      break;
    }
    out += toIndexForm(html.slice(i, lt));
    const end = markupEnd(html, lt);
    const tag = html.slice(lt, end);
    out += CODE_OPEN.test(tag) ? tag.replace(CODE_OPEN, '$& data-pagefind-ignore') : tag;
    // Pagefind joins the text of adjacent table cells and definition-list parts ("Số, ký hiệu"
    // + "763/KH-UBND" → "hiệu763/KH-UBND"); a space after them keeps the words apart.
    if (CELL_END.test(tag)) out += ' ';
    i = end;
  }
  return out;
}

const CELL_END = /^<\/(dt|dd|th|td|caption)\s*>$/i;
const CODE_OPEN = /^<code(?=[\s>])/i;

/** Where the markup starting at `lt` ends: a comment, a raw-text element or a tag. */
function markupEnd(html: string, lt: number): number {
  if (html.startsWith('<!--', lt)) {
    const close = html.indexOf('-->', lt + 4);
    return close === -1 ? html.length : close + 3;
  }
  const raw = /^<(script|style|textarea|title)\b/i.exec(html.slice(lt, lt + 10));
  const tagEnd = tagClose(html, lt);
  if (!raw) return tagEnd;
  const closing = new RegExp(`</${raw[1]}`, 'gi');
  closing.lastIndex = tagEnd;
  const close = closing.exec(html);
  return close ? tagClose(html, close.index) : html.length;
}

/** The index just past the tag's ">", skipping quoted attribute values that may hold ">". */
function tagClose(html: string, lt: number): number {
  let quote = '';
  for (let j = lt + 1; j < html.length; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}

/** The opening tag of the element Pagefind indexes. */
const BODY_OPEN = /<[a-z][a-z0-9]*\b[^>]*\sdata-pagefind-body\b[^>]*>/i;

/**
 * Gives an indexed page without a material type the one of its section in the site map, in
 * the index copy only. Markdown pages (/gioi-thieu/, /gui-cau-chuyen/) are rendered by
 * Starlight and cannot hold SearchMeta; without a type they would match no value of the
 * "Loại tài liệu" filter.
 * @param file the page's file, relative to the output folder (`gioi-thieu/index.html`)
 */
export function withMaterialType(html: string, file: string): string {
  const type = siteRowOf(file)?.materialType;
  const filter = `data-pagefind-filter="${FILTER_KEYS.materialType}:`;
  if (!type || html.includes(filter)) return html;
  const open = BODY_OPEN.exec(html);
  if (!open) return html;
  const at = open.index + open[0].length;
  return `${html.slice(0, at)}<span ${filter}${type}" hidden></span>${html.slice(at)}`;
}
