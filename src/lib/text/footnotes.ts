/** Source text marks footnote references as `[^1]`, where the PDF had a superscript "¹". */
export type TextPart = { type: 'text'; value: string } | { type: 'footnote'; id: string };

const FOOTNOTE_REF = /\[\^([0-9]+)\]/g;

export function splitFootnoteRefs(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(FOOTNOTE_REF)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({ type: 'footnote', id: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

/** The text a reader sees, without footnote markers (for excerpts and search descriptions). */
export function stripFootnoteRefs(text: string): string {
  return text.replace(FOOTNOTE_REF, '');
}

export function footnoteAnchor(id: string): string {
  return `chu-thich-${id}`;
}

export function footnoteRefAnchor(id: string): string {
  return `tham-chieu-chu-thich-${id}`;
}
