import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { normalizeText } from './html.ts';

/** A .docx opened as Word would: its zip parts, each XML part parsed on demand. */
export interface OpenedDocx {
  parts: string[];
  xml(part: string): Document;
  /** The text of every paragraph (w:p) of a part, in order, as a reader sees it. */
  paragraphs(part: string): string[];
}

export function openDocx(bytes: Uint8Array): OpenedDocx {
  const files = unzipSync(bytes);
  const xml = (part: string) => {
    const file = files[part];
    if (!file) throw new Error(`${part} is not in the .docx (it has ${Object.keys(files).join(', ')})`);
    return new DOMParser().parseFromString(strFromU8(file), 'text/xml') as unknown as Document;
  };
  return {
    parts: Object.keys(files),
    xml,
    paragraphs: (part) =>
      [...xml(part).getElementsByTagName('w:p')].map((p) =>
        normalizeText([...p.getElementsByTagName('w:t')].map((t) => t.textContent ?? '').join('')),
      ),
  };
}
