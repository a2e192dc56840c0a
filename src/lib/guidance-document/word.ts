import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  convertMillimetersToTwip,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  sectionPageSizeDefaults,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ui } from '../i18n/ui.ts';
import type { BlockRole, DocumentBlock, GuidanceDocumentModel } from './model.ts';

/**
 * Writes the guidance model (./model.ts) as a .docx with the `docx` package, laid out the way
 * Vietnamese administrative documents are: A4, Times New Roman, 14 pt body text justified with
 * a first-line indent, margins of 20 mm top and bottom, 30 mm left and 15 mm right. Bullets are
 * Word list items with a "-" as the source prints them, so the text of each paragraph is the
 * source's sentence alone. See docs/members-tools.md, "The guidance as a Word document".
 */

const FONT = 'Times New Roman';
/** Half-points, as Word stores sizes. */
const BODY_SIZE = 28;
const SMALL_SIZE = 24;
/** Footnotes and the recipients list, smaller as administrative documents set them. */
const NOTE_SIZE = 22;
const DASH = 'dash';
const CORE_PROPERTIES = 'docProps/core.xml';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Layout of the blocks that have a place in the document's frame rather than in its body. */
const ROLE_LAYOUT: Record<BlockRole, { paragraph: IParagraphOptions; run: { bold?: boolean; italics?: boolean; size?: number } }> = {
  'document-kind': { paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240 } }, run: { bold: true } },
  title: { paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } }, run: { bold: true } },
  fact: { paragraph: { alignment: AlignmentType.CENTER }, run: {} },
  'recipients-label': { paragraph: { spacing: { before: 360 }, keepNext: true }, run: { bold: true, italics: true, size: SMALL_SIZE } },
  recipient: { paragraph: { keepNext: true, keepLines: true }, run: { size: NOTE_SIZE } },
  signature: { paragraph: { alignment: AlignmentType.CENTER, indent: { left: convertMillimetersToTwip(80) }, keepNext: true }, run: { bold: true } },
  // Room for the handwritten signature and the seal above the signer's name.
  signer: { paragraph: { alignment: AlignmentType.CENTER, indent: { left: convertMillimetersToTwip(80) }, spacing: { before: 1440 } }, run: { bold: true } },
};

/** `date`: the build date, given to the comments (Word shows one on each) instead of the clock's time. */
export async function guidanceWordFile(model: GuidanceDocumentModel, date: Date): Promise<Uint8Array<ArrayBuffer>> {
  const document = new Document({
    title: model.title,
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: { run: { font: FONT, size: BODY_SIZE, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: BODY_SIZE, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 120 }, keepNext: true } },
        heading3: { run: { font: FONT, size: BODY_SIZE, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 120 }, keepNext: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: DASH,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { firstLine: convertMillimetersToTwip(10) } } } }],
        },
      ],
    },
    footnotes: Object.fromEntries(
      model.footnotes.map((note) => [
        note.id,
        { children: note.items.map((text) => new Paragraph({ numbering: { reference: DASH, level: 0 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text, size: NOTE_SIZE })] })) },
      ]),
    ),
    comments: {
      children: model.comments.map((comment) => ({
        id: comment.id,
        author: ui.guidanceWord.commentAuthor,
        date,
        children: [new Paragraph({ children: [new TextRun({ text: comment.text, size: SMALL_SIZE })] })],
      })),
    },
    sections: [
      {
        properties: {
          page: {
            // A4, which the package's defaults spell in Word's own twips.
            size: { width: sectionPageSizeDefaults.WIDTH, height: sectionPageSizeDefaults.HEIGHT },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        children: model.blocks.map((block, index) => paragraph(block, index, model)),
      },
    ],
  });
  return sameBytesEveryBuild(await Packer.toBuffer(document), date);
}

/**
 * The package stamps the clock's time on docProps/core.xml (created, modified) and on every
 * zip entry, so two builds of the same content would differ. Both become the build date, so
 * the file changes only when its content or the build date does.
 */
function sameBytesEveryBuild(bytes: Uint8Array, date: Date): Uint8Array<ArrayBuffer> {
  const files = unzipSync(bytes);
  const core = files[CORE_PROPERTIES];
  if (core) {
    const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    files[CORE_PROPERTIES] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`),
    );
  }
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, data]) => [path, [data, { mtime: date }]])));
}

function paragraph(block: DocumentBlock, index: number, model: GuidanceDocumentModel): Paragraph {
  const layout = block.role ? ROLE_LAYOUT[block.role] : undefined;
  const runs: ParagraphChild[] = block.parts.map((part) =>
    part.type === 'text' ? new TextRun({ text: part.value, ...layout?.run }) : new FootnoteReferenceRun(Number(part.id)),
  );
  const starts = model.comments.filter((c) => c.from === index).map((c) => new CommentRangeStart(c.id));
  const ends = model.comments
    .filter((c) => c.to === index)
    .flatMap((c) => [new CommentRangeEnd(c.id), new TextRun({ children: [new CommentReference(c.id)] })]);
  const children = [...starts, ...runs, ...ends];
  if (block.kind === 'heading') return new Paragraph({ heading: HEADING[block.level ?? 1], children });
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    ...(block.kind === 'bullet' ? { numbering: { reference: DASH, level: 0 } } : block.role ? {} : { indent: { firstLine: convertMillimetersToTwip(10) } }),
    ...layout?.paragraph,
    children,
  });
}
