import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './paths.ts';
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

/** Search filter values as the stories' pages should declare them: commas become " –" (Pagefind's syntax). */
export const asFilter = (value: string) => value.replace(/,/g, ' –');

/**
 * Labels the open data gives only as ids, read from the content files: an item is "Mục" with its
 * field's number and its place in the field ("Mục 1.4"), an indicator has its label.
 */
export function idsByLabel(): { muc: Map<string, string>; 'chi-tieu': Map<string, string> } {
  const read = (folder: string) => globSync('*.yaml', { cwd: join(ROOT, 'content', folder) }).map((file) => ({ id: file.replace(/\.yaml$/, ''), ...parseYaml(readFileSync(join(ROOT, 'content', folder, file), 'utf8')) }));
  const items = read('contents').flatMap((f) => (f.items as Array<{ id: string }>).map((item, i) => [`Mục ${f.number}${i + 1}`, item.id] as const));
  return { muc: new Map(items), 'chi-tieu': new Map(read('indicators').map((i) => [asFilter(i.label as string), i.id])) };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Whether a story matches one filter of the search page's address (?key=value). */
function matchesFilter(story: OpenStory, key: string, value: string, labels: ReturnType<typeof idsByLabel>): boolean {
  const lower = value.toLocaleLowerCase('vi');
  switch (key) {
    case 'tai-lieu':
      return value === 'Câu chuyện điển hình';
    case 'giai-doan':
      return story.phase.name === value;
    case 'linh-vuc':
      return story.fields.some((f) => asFilter(f.name) === value);
    case 'dia-ban':
      return asFilter(story.locality.name) === value;
    case 'loai':
      return story.kind === lower;
    case 'khen-thuong':
      return story.commendation?.status === lower;
    case 'quy': {
      const [roman, year] = value.replace(/^Quý /, '').split('/');
      return valuesUnder('quy', story).includes(`${year}-q${ROMAN.indexOf(roman!) + 1}`);
    }
    case 'muc':
    case 'chi-tieu':
      return valuesUnder(key, story).includes(labels[key].get(value) ?? `unknown ${value}`);
    default:
      throw new Error(`unknown search filter ${key}`);
  }
}

/**
 * The stories a number's link stands for: a story list (/cau-chuyen/dia-ban/dak-glei/), or the
 * search page filtered (/tim-kiem/?tai-lieu=…&giai-doan=…&muc=…), which on a phase's page must
 * name that phase.
 */
export function expectedList(href: string, stories: readonly OpenStory[], phase?: string): string[] {
  if (href.startsWith('/tim-kiem/')) {
    const params = [...new URL(href, 'https://example.invalid').searchParams];
    const phaseName = stories.find((s) => s.phase.id === phase)?.phase.name;
    expect(params.find(([key]) => key === 'giai-doan')?.[1], href).toBe(phaseName);
    const labels = idsByLabel();
    return stories.filter((s) => params.every(([key, value]) => matchesFilter(s, key, value, labels))).map((s) => s.id);
  }
  // A story list (/cau-chuyen/<segment>/<value>/) counts the whole campaign: only its page links one.
  const parts = href.split('/').filter(Boolean);
  expect(parts[0], href).toBe('cau-chuyen');
  expect(phase, href).toBeUndefined();
  const [segment, value] = parts.slice(-2) as [string, string];
  return stories.filter((s) => valuesUnder(segment, s).includes(value)).map((s) => s.id);
}

/** Vietnamese number text (1.234,5) back to a number. */
export function parseVietnameseNumber(text: string): number {
  return Number(text.trim().replace(/\./g, '').replace(',', '.'));
}

export function sumOf(stories: readonly OpenStory[], indicator: string): number {
  const total = stories.flatMap((s) => s.figures.filter((f) => f.indicator === indicator)).reduce((sum, f) => sum + f.value, 0);
  return Math.round(total * 1e6) / 1e6;
}
