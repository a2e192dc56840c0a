import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { guidanceDocumentModel, type GuidanceInput } from '../../src/lib/guidance-document/model.ts';
import { guidanceWordFile } from '../../src/lib/guidance-document/word.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { openDocx } from '../support/docx.ts';
import { ROOT } from '../support/paths.ts';

const { entries, problems } = loadContent({ root: ROOT, collections: ['guidanceDocument', 'guidance', 'phases', 'contents', 'bodies'] });
const byId = <T>(list: Array<{ id: string; data: T }>) => new Map(list.map((e) => [e.id, e.data]));
const input: GuidanceInput = {
  document: entries.list('guidanceDocument')[0]!.data,
  sections: entries.list('guidance'),
  phases: byId(entries.list('phases')),
  contents: byId(entries.list('contents')),
  bodies: byId(entries.list('bodies')),
};
const model = guidanceDocumentModel(input);
const text = (index: number) => model.blocks[index]!.parts.map((p) => (p.type === 'text' ? p.value : '')).join('');

describe('the guidance as a document model', () => {
  it('reads the stored guidance without problems', () => {
    expect(problems).toEqual([]);
  });

  it('opens with the kind and title of the source and prints no number or date the source lacks', () => {
    expect(model.blocks.slice(0, 2).map((b) => b.role)).toEqual(['document-kind', 'title']);
    expect(text(0)).toBe('HƯỚNG DẪN');
    expect(model.blocks.some((b) => b.role === 'fact')).toBe(false);
    expect(model.blocks.some((_, i) => text(i).includes(ui.missingValue))).toBe(false);
  });

  it('prints a number and date once the stored document has them (fictional values)', () => {
    const dated = guidanceDocumentModel({ ...input, document: { ...input.document, number: '99/HD-MẪU', date: { precision: 'month', year: 2023, month: 5 } } });
    const facts = dated.blocks.filter((b) => b.role === 'fact').map((b) => b.parts.map((p) => (p.type === 'text' ? p.value : '')).join(''));
    expect(facts).toEqual([`${ui.directive.number}: 99/HD-MẪU`, expect.stringContaining(`${ui.directive.date}: `)]);
  });

  it('numbers sections, sub-headings and bodies as the source does, with the parent heading once', () => {
    const headings = model.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.parts.map((p) => (p.type === 'text' ? p.value : '')).join('')]);
    expect(headings.filter(([level]) => level === 1).map(([, t]) => t)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. TIẾN ĐỘ THỰC HIỆN',
      'III. NỘI DUNG PHONG TRÀO THI ĐUA',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(headings.filter(([, t]) => t === '2. Liên đoàn Lao động tỉnh')).toHaveLength(1);
    expect(headings).toContainEqual([3, '3.2 Ban Tuyên giáo – Nữ công']);
  });

  it('keeps the footnote mark where the text has it and the footnote items in order', () => {
    const marked = model.blocks.filter((b) => b.parts.some((p) => p.type === 'footnote'));
    expect(marked).toHaveLength(1);
    expect(marked[0]!.kind).toBe('bullet');
    expect(marked[0]!.parts.slice(-2)).toEqual([{ type: 'footnote', id: '1' }, { type: 'text', value: '.' }]);
    expect(model.footnotes.map((f) => [f.id, f.items.length])).toEqual([[1, 3]]);
  });

  it('turns every editorial note into a comment anchored on what it annotates, never into the text', () => {
    const notes = [
      input.document.titleNote,
      input.document.recipients.note,
      ...input.sections.flatMap((s) => s.data.blocks.flatMap((b) => ('note' in b && b.note ? [b.note] : b.type === 'list' ? b.items.flatMap((i) => i.note ?? []) : []))),
      ...[...input.phases.values()].flatMap((p) => p.items.flatMap((i) => i.note ?? [])),
      ...[...input.contents.values()].flatMap((c) => c.items.flatMap((i) => i.note ?? [])),
      ...[...input.bodies.values()].flatMap((b) => [b.note, ...b.duties.map((d) => d.note)]),
    ].filter((n): n is string => Boolean(n));
    expect(notes.length).toBeGreaterThanOrEqual(5);
    expect(model.comments.map((c) => c.text).sort()).toEqual([...notes].sort());
    expect(model.blocks.some((_, i) => notes.some((n) => text(i).includes(n)))).toBe(false);

    expect(model.comments.find((c) => c.text === input.document.titleNote)).toMatchObject({ from: 1, to: 1 });
    const numbering = model.comments.find((c) => c.text.includes('“3.2”'))!;
    expect(text(numbering.from)).toBe('3.2 Ban Tuyên giáo – Nữ công');
    const recipients = model.blocks.flatMap((b, i) => (b.role === 'recipient' ? [i] : []));
    expect(model.comments.find((c) => c.text === input.document.recipients.note)).toMatchObject({ from: recipients[0], to: recipients.at(-1) });
  });

  it('ends with the recipients, then the signature, in the order of the source', () => {
    expect(model.blocks.slice(-11).map((b) => b.role)).toEqual([
      'recipients-label',
      ...Array(7).fill('recipient'),
      'signature',
      'signature',
      'signer',
    ]);
    expect(text(model.blocks.length - 1)).toBe('Nguyễn Văn Nguyên');
  });
});

describe('the guidance written as a .docx', async () => {
  const date = new Date(Date.UTC(2026, 10, 25));
  const docx = openDocx(await guidanceWordFile(model, date));

  it('is an A4 document in Times New Roman', () => {
    const size = docx.xml('word/document.xml').getElementsByTagName('w:pgSz')[0]!;
    expect([size.getAttribute('w:w'), size.getAttribute('w:h')]).toEqual(['11906', '16838']);
    const fonts = [...docx.xml('word/styles.xml').getElementsByTagName('w:rFonts')].map((f) => f.getAttribute('w:ascii'));
    expect(fonts).toContain('Times New Roman');
  });

  it('has one paragraph per block, with the bullets as Word list items', () => {
    const paragraphs = [...docx.xml('word/document.xml').getElementsByTagName('w:body')[0]!.getElementsByTagName('w:p')];
    expect(paragraphs).toHaveLength(model.blocks.length);
    const listed = paragraphs.filter((p) => p.getElementsByTagName('w:numPr').length > 0).length;
    expect(listed).toBe(model.blocks.filter((b) => b.kind === 'bullet').length);
  });

  it('writes the footnote in word/footnotes.xml, referenced from the marked bullet', () => {
    const document = docx.xml('word/document.xml');
    const refs = [...document.getElementsByTagName('w:footnoteReference')].map((r) => r.getAttribute('w:id'));
    expect(refs).toEqual(['1']);
    const note = [...docx.xml('word/footnotes.xml').getElementsByTagName('w:footnote')].find((f) => f.getAttribute('w:id') === '1')!;
    const items = [...note.getElementsByTagName('w:p')].map((p) => [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join(''));
    expect(items).toEqual(model.footnotes[0]!.items);
  });

  it('writes the editorial notes in word/comments.xml, each anchored by a range in the text', () => {
    const comments = [...docx.xml('word/comments.xml').getElementsByTagName('w:comment')];
    expect(comments.map((c) => c.textContent)).toEqual(model.comments.map((c) => c.text));
    expect(comments.every((c) => c.getAttribute('w:author') === ui.guidanceWord.commentAuthor)).toBe(true);
    expect(new Set(comments.map((c) => c.getAttribute('w:date')))).toEqual(new Set([date.toISOString()]));
    const document = docx.xml('word/document.xml');
    for (const tag of ['w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference']) {
      expect(document.getElementsByTagName(tag), tag).toHaveLength(model.comments.length);
    }
  });

  describe('whatever the clock says while it is written', () => {
    afterEach(() => vi.useRealTimers());

    it('gives the same bytes for the same content and build date, stamped with the build date', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2027-03-04T05:06:07Z'));
      const first = await guidanceWordFile(model, date);
      vi.setSystemTime(new Date('2028-08-09T10:11:12Z'));
      const second = await guidanceWordFile(model, date);
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
      const core = openDocx(first).xml('docProps/core.xml');
      for (const tag of ['dcterms:created', 'dcterms:modified']) {
        expect(core.getElementsByTagName(tag)[0]?.textContent, tag).toBe('2026-11-25T00:00:00Z');
      }
    });
  });
});
