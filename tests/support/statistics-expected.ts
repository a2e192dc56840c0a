import { expect } from 'vitest';
/**
 * The statistics pages' numbers computed again, independently of src/lib/statistics, from the
 * published open data (/cau-chuyen/du-lieu.json): what a reader could recompute by hand.
 */
export interface OpenStory {
  id: string;
  kind: string;
  locality: { id: string; name: string };
  fields: Array<{ id: string; name: string }>;
  items: string[];
  phase: { id: string; name: string };
  achievedOn: string;
  commendation: { status: string } | null;
  figures: Array<{ label: string; value: number; unit: string; indicator: string | null }>;
}

const QUARTER = (achievedOn: string): string | undefined => {
  const quarter = /^(\d{4})-Q(\d)$/.exec(achievedOn);
  if (quarter) return `${quarter[1]}-q${quarter[2]}`;
  const month = /^(\d{4})-(\d{2})/.exec(achievedOn);
  return month ? `${month[1]}-q${Math.ceil(Number(month[2]) / 3)}` : undefined;
};

const KIND: Record<string, string> = { 'tập thể': 'tap-the', 'cá nhân': 'ca-nhan' };
const COMMENDATION: Record<string, string> = { 'đề nghị': 'de-nghi', 'đã nhận': 'da-nhan' };

/** The values a story has under a list's URL segment. */
export function valuesUnder(segment: string, story: OpenStory): string[] {
  switch (segment) {
    case 'giai-doan':
      return [story.phase.id];
    case 'linh-vuc':
      return story.fields.map((f) => f.id);
    case 'muc':
      return story.items;
    case 'dia-ban':
      return [story.locality.id];
    case 'quy':
      return [QUARTER(story.achievedOn)].filter((q): q is string => !!q);
    case 'loai':
      return [KIND[story.kind]!];
    case 'khen-thuong':
      return story.commendation ? [COMMENDATION[story.commendation.status]!] : [];
    case 'chi-tieu':
      return [...new Set(story.figures.flatMap((f) => (f.indicator ? [f.indicator] : [])))];
    default:
      throw new Error(`unknown list segment ${segment}`);
  }
}

/** The stories a list URL stands for, within the page's phase (if any). */
export function expectedList(href: string, stories: readonly OpenStory[], phase?: string): string[] {
  const parts = href.split('/').filter(Boolean);
  const [segment, value] = parts.slice(-2) as [string, string];
  // A list under /so-lieu/<phase>/ counts within that phase; /cau-chuyen/ and /so-lieu/<dim>/ lists do not.
  const scope = parts[0] === 'so-lieu' && parts.length === 4 ? parts[1] : undefined;
  expect(scope === undefined || scope === phase).toBe(true);
  return stories.filter((s) => (!scope || s.phase.id === scope) && valuesUnder(segment, s).includes(value)).map((s) => s.id);
}

/** Vietnamese number text (1.234,5) back to a number. */
export function parseVietnameseNumber(text: string): number {
  return Number(text.trim().replace(/\./g, '').replace(',', '.'));
}

export function sumOf(stories: readonly OpenStory[], indicator: string): number {
  const total = stories.flatMap((s) => s.figures.filter((f) => f.indicator === indicator)).reduce((sum, f) => sum + f.value, 0);
  return Math.round(total * 1e6) / 1e6;
}
