/**
 * The <script> and <style> elements of an HTML page as a browser's tokenizer finds them. A
 * regular expression over the page also “finds” a `<script>` written inside an attribute value
 * (`content="…<script>…"`, `href="data:text/html,<script>…"`), inside a comment, or inside
 * another raw-text element, none of which a browser runs. Text and attribute values written by
 * editors may hold such strings: they are escaped, and must not count as elements.
 */
export interface RawTextElement {
  name: 'script' | 'style';
  /** The start tag's attributes, as written. */
  attributes: string;
  body: string;
}

/** Elements whose content is not markup: a `<` inside them starts no tag until their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

export function rawTextElements(html: string): RawTextElement[] {
  const found: RawTextElement[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      i = commentEnd(html, lt);
      continue;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 40))?.[1]?.toLowerCase();
    if (name === undefined) {
      // An end tag, a declaration or a stray “<”: no attribute can hold a “>” before its end.
      i = /^<[/!?]/.test(html.slice(lt, lt + 2)) ? endOf(html.indexOf('>', lt)) : lt + 1;
      continue;
    }
    const tagEnd = startTagEnd(html, lt + 1 + name.length);
    if (!RAW_TEXT.has(name)) {
      i = tagEnd;
      continue;
    }
    const close = new RegExp(`</${name}[\\s/>]`, 'gi');
    close.lastIndex = tagEnd;
    const closing = close.exec(html);
    const bodyEnd = closing ? closing.index : html.length;
    if (name === 'script' || name === 'style') {
      found.push({ name, attributes: html.slice(lt + 1 + name.length, tagEnd - 1).replace(/\/$/, ''), body: html.slice(tagEnd, bodyEnd) });
    }
    i = closing ? endOf(html.indexOf('>', bodyEnd)) : html.length;
  }
  return found;

  function endOf(gt: number): number {
    return gt === -1 ? html.length : gt + 1;
  }
}

/** A comment ends at “-->”, “--!>”, or at once for “<!-->” and “<!--->”. */
function commentEnd(html: string, lt: number): number {
  if (html.startsWith('<!-->', lt)) return lt + 5;
  if (html.startsWith('<!--->', lt)) return lt + 6;
  const match = /--!?>/g;
  match.lastIndex = lt + 4;
  const end = match.exec(html);
  return end ? end.index + end[0].length : html.length;
}

/** Just past the start tag's “>”, reading attribute values the way the tokenizer does. */
function startTagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '>') return i + 1;
    if (c === '=') {
      i++;
      while (/\s/.test(html[i] ?? '')) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, i + 1);
        if (end === -1) return html.length;
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  return html.length;
}
