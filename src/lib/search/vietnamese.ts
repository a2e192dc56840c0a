/**
 * Vietnamese text forms used by search.
 *
 * Pagefind folds accents by NFD decomposition, but đ (U+0111) has no decomposition, so a query
 * typed "duong" never reaches "đường". The index therefore stores đ/Đ as ď/Ď (d/D with caron):
 * ď is not a Vietnamese letter, so the swap is lossless, and NFD folds it to a plain d, so both
 * "duong" and "đường" (mapped to "ďường") reach it while the exact form still ranks first.
 */

const TO_INDEX: Record<string, string> = { 'đ': 'ď', 'Đ': 'Ď' };
const FROM_INDEX: Record<string, string> = { 'ď': 'đ', 'Ď': 'Đ' };

/** đ/Đ → ď/Ď: the form text is indexed in, and the form a query must be searched in. */
export function toIndexForm(text: string): string {
  return text.replace(/[đĐ]/g, (c) => TO_INDEX[c]!);
}

/** ď/Ď → đ/Đ: restores text (titles, excerpts) that came back from the index. */
export function fromIndexForm(text: string): string {
  return text.replace(/[ďĎ]/g, (c) => FROM_INDEX[c]!);
}

/** Lowercase, accents removed, đ and ď read as d: how a person typing without accents writes. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐďĎ]/g, 'd')
    .toLowerCase();
}

/** True when the text carries any Vietnamese accent or đ (the person typed with accents). */
export function hasAccents(text: string): boolean {
  return fold(text) !== text.toLowerCase();
}
