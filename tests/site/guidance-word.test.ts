import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { DOCX_CONTENT_TYPE, GUIDANCE_WORD_FILE } from '../../src/lib/guidance-document/paths.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { openDocx } from '../support/docx.ts';
import { loadPage, normalizeText, visibleText } from '../support/html.ts';
import { SITE_DIR } from '../support/paths.ts';
import { sourceUnits } from '../support/source-units.ts';

/** The built /huong-dan/huong-dan.docx, opened as a reader would, against the source text. */
describe('the guidance as a Word document', () => {
  const bytes = readFileSync(join(SITE_DIR, 'huong-dan', GUIDANCE_WORD_FILE));
  const docx = openDocx(bytes);
  const body = docx.paragraphs('word/document.xml');
  const footnotes = docx.paragraphs('word/footnotes.xml').filter(Boolean);
  const units = sourceUnits();

  it('has every paragraph, bullet, heading and line of the source as one paragraph, in the order of the source', () => {
    const inBody = units.filter((unit) => body.includes(unit));
    const inFootnotes = units.filter((unit) => footnotes.includes(unit));
    const missing = units.filter((unit) => !inBody.includes(unit) && !inFootnotes.includes(unit));
    console.log(`docx fidelity: ${units.length - missing.length}/${units.length} source units (${inBody.length} in the text, ${inFootnotes.length} in the footnote)`);
    expect(missing).toEqual([]);
    expect(units).toHaveLength(57);
    const positions = inBody.map((unit) => body.indexOf(unit));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(inFootnotes).toEqual(footnotes);
  });

  it('adds nothing to the text: every paragraph is a unit of the source', () => {
    expect(body.filter((paragraph) => !units.includes(paragraph))).toEqual([]);
  });

  it('keeps the footnote a real footnote, referenced from the bullet the page marks', () => {
    const page = loadPage('/huong-dan/');
    const marked = page.querySelector('sup.fnref')!.closest('li')!.querySelector('p.src')!;
    const paragraph = [...docx.xml('word/document.xml').getElementsByTagName('w:p')].find(
      (p) => p.getElementsByTagName('w:footnoteReference').length > 0,
    )!;
    const text = normalizeText([...paragraph.getElementsByTagName('w:t')].map((t) => t.textContent).join(''));
    expect(text).toBe(visibleText(marked));
    expect(paragraph.getElementsByTagName('w:footnoteReference')[0]!.getAttribute('w:id')).toBe('1');
    expect(footnotes).toHaveLength(page.querySelectorAll('.footnotes li.src-block').length);
  });

  it('carries the editorial notes of the page as Word comments, not as text', () => {
    const page = loadPage('/huong-dan/');
    const notes = [...page.querySelectorAll('main .editorial-note')].map((note) =>
      normalizeText(note.textContent!.replace(ui.editorialNote, '')),
    );
    const comments = [...docx.xml('word/comments.xml').getElementsByTagName('w:comment')].map((c) => normalizeText(c.textContent!));
    expect(comments.sort()).toEqual(notes.sort());
    expect(body.some((paragraph) => paragraph.includes(ui.editorialNote))).toBe(false);
  });

  it('prints neither a number nor a date the source does not give', () => {
    expect(body.some((paragraph) => /^Số\b|Ngày ban hành|\bngày \d/.test(paragraph) && !units.includes(paragraph))).toBe(false);
    expect(body.some((paragraph) => paragraph.includes(ui.missingValue))).toBe(false);
  });

  it('is linked from the guidance page with its size', () => {
    const link = loadPage('/huong-dan/').querySelector(`a[href="/huong-dan/${GUIDANCE_WORD_FILE}"]`);
    expect(link?.textContent).toBe(ui.guidanceWord.download(bytes.byteLength));
    expect(link?.hasAttribute('download')).toBe(true);
  });

  describe('served by the static server', async () => {
    const server = await startStaticServer({ dir: SITE_DIR, port: 0 });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('as a Word document, byte for byte', async () => {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/huong-dan/${GUIDANCE_WORD_FILE}`);
      expect(response.headers.get('content-type')).toBe(DOCX_CONTENT_TYPE);
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    });
  });
});
