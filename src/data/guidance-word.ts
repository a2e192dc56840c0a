import { guidanceDocumentModel } from '../lib/guidance-document/model.ts';
import { guidanceWordFile } from '../lib/guidance-document/word.ts';
import { bodyById, buildDate, fieldById, guidanceDocument, phaseById, sections } from './site-data.ts';

/**
 * The guidance as a .docx, written once per build: the endpoint serves these bytes and the
 * /huong-dan/ page shows their size next to its link.
 */
export const guidanceWord = await guidanceWordFile(
  guidanceDocumentModel({ document: guidanceDocument, sections, phases: phaseById, contents: fieldById, bodies: bodyById }),
  buildDate,
);
