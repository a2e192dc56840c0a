import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from './html.ts';
import { ROOT } from './paths.ts';

const strip = (line: string) => line.replace(/^¹ - /, '').replace(/^- /, '').replace(/¹/g, '');

/**
 * The paragraphs, bullets, headings and single lines of the source guidance, as a reader would
 * count them. The source is a PDF extraction: a sentence cut by a page break continues in the
 * next unit when that starts in lower case, or after the footnote printed at the page foot
 * (a "¹ - " line and the "- " lines that follow it). Such pieces are joined back into one unit.
 */
export function sourceUnits(): string[] {
  const raw = readFileSync(join(ROOT, 'docs/source/huong-dan-phong-trao-thi-dua.txt'), 'utf8');
  const lines = raw.split('\n').map((line) => line.trim()).filter(Boolean);
  const units: string[] = [];
  const consumed = new Set<number>();
  lines.forEach((line, i) => {
    if (consumed.has(i)) return;
    let text = strip(line);
    if (!/[.;:!?”)]$/.test(text)) {
      let j = i + 1;
      if (lines[j]?.startsWith('¹ - ')) {
        j += 1;
        while (lines[j]?.startsWith('- ')) j += 1;
      }
      const next = lines[j];
      if (next && /^\p{Ll}/u.test(next)) {
        text = `${text} ${strip(next)}`;
        consumed.add(j);
      }
    }
    units.push(normalizeText(text));
  });
  return units;
}
