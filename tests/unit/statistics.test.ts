import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/partial-date.ts';
import { computeStatistics, quarterOf, quartersBetween, storyLabels, type StatNames, type StatStory } from '../../src/lib/statistics/figures.ts';
import { figureRows, figuresCsv, FIGURE_COLUMNS } from '../../src/lib/statistics/export.ts';
import { sameUnit } from '../../src/lib/statistics/indicators.ts';
import { validityText, wasValidDuring } from '../../src/lib/statistics/localities.ts';
import { numberLink } from '../../src/lib/statistics/paths.ts';

const d = (text: string): PartialDate => parsePartialDate(text)!;

const names: StatNames = {
  phases: [
    { id: 'gd1', name: 'Giai đoạn 1', start: d('2022'), end: d('2025') },
    { id: 'gd2', name: 'Giai đoạn 2', start: d('2026'), end: d('2030') },
  ],
  fields: [
    { id: 'ha-tang', name: 'Hạ tầng', items: [{ id: 'ha-tang-1', name: 'Mục 1.1' }, { id: 'ha-tang-2', name: 'Mục 1.2' }] },
    { id: 'tiet-kiem', name: 'Tiết kiệm', items: [{ id: 'tiet-kiem-1', name: 'Mục 2.1' }] },
  ],
  localities: [
    { id: 'huyen-mau', name: 'Huyện Mẫu' },
    { id: 'xa-mau', name: 'Xã Mẫu' },
  ],
  indicators: [
    { id: 'duong', label: 'Đường', unit: 'km', aggregate: 'tổng' },
    { id: 'sang-kien', label: 'Sáng kiến', unit: 'sáng kiến', aggregate: 'đếm' },
  ],
};

const story = (id: string, over: Partial<StatStory>): StatStory => ({
  id,
  kind: 'tập thể',
  locality: 'huyen-mau',
  fields: ['ha-tang'],
  items: ['ha-tang-1'],
  phase: 'gd1',
  achievedOn: d('2024-05'),
  figures: [],
  ...over,
});

const stories = [
  story('a', { figures: [{ label: 'Đường', value: 0.1, unit: 'km', indicator: 'duong' }, { label: 'Khác', value: 3, unit: 'cây' }] }),
  story('b', { kind: 'cá nhân', fields: ['ha-tang', 'tiet-kiem'], items: ['ha-tang-2', 'tiet-kiem-1'], achievedOn: d('2024-Q2'), commendation: 'đã nhận', figures: [{ label: 'Đường', value: 0.2, unit: 'km', indicator: 'duong' }] }),
  story('c', { locality: 'xa-mau', phase: 'gd2', achievedOn: d('2026'), commendation: 'đề nghị', figures: [{ label: 'Sáng kiến', value: 7, unit: 'sáng kiến', indicator: 'sang-kien' }] }),
];

describe('computeStatistics', () => {
  const s = computeStatistics(stories, names, new Date(Date.UTC(2026, 10, 25)));
  const counts = (buckets: Array<{ value: string; stories: string[] }>) => Object.fromEntries(buckets.map((b) => [b.value, b.stories]));

  it('counts stories by kind, field, item, locality and commendation, with the ids behind each number', () => {
    expect(s.stories).toEqual(['a', 'b', 'c']);
    expect(counts(s.byKind)).toEqual({ 'tap-the': ['a', 'c'], 'ca-nhan': ['b'] });
    expect(counts(s.byField)).toEqual({ 'ha-tang': ['a', 'b', 'c'], 'tiet-kiem': ['b'] });
    expect(counts(s.byItem)).toEqual({ 'ha-tang-1': ['a', 'c'], 'ha-tang-2': ['b'], 'tiet-kiem-1': ['b'] });
    expect(counts(s.byLocality)).toEqual({ 'huyen-mau': ['a', 'b'], 'xa-mau': ['c'] });
    expect(s.localitiesRepresented).toBe(2);
    expect(counts(s.byCommendation)).toEqual({ 'de-nghi': ['c'], 'da-nhan': ['b'] });
  });

  it('groups by quarter up to the build date, marks where phase 2 begins and sets bare years aside', () => {
    expect(s.byQuarter[0]!.value).toBe('2022-q1');
    expect(s.byQuarter.at(-1)!.value).toBe('2026-q4');
    expect(s.byQuarter.find((q) => q.value === '2024-q2')!.stories).toEqual(['a', 'b']);
    expect(s.byQuarter.find((q) => q.value === '2024-q2')!.label).toBe('Quý II/2024');
    expect(s.phaseBoundaries).toEqual(['2026-q1']);
    expect(s.yearOnly).toEqual(['c']);
  });

  it('adds up indicators (sum or count) without float drift and counts the figures left out', () => {
    const totals = Object.fromEntries(s.indicators.map((t) => [t.value, [t.total, t.stories, t.figures]]));
    expect(totals).toEqual({ duong: [0.3, ['a', 'b'], 2], 'sang-kien': [1, ['c'], 1] });
    expect(s.figuresWithIndicator).toBe(3);
    expect(s.figuresWithoutIndicator).toBe(1);
  });

  it('returns empty counts and no boundary past the span for no stories', () => {
    const empty = computeStatistics([], { ...names, phases: [names.phases[0]!] }, new Date(Date.UTC(2026, 0, 1)));
    expect(empty.stories).toEqual([]);
    expect(empty.byQuarter).toHaveLength(16);
    expect(empty.phaseBoundaries).toEqual([]);
    expect(empty.byField.every((b) => b.stories.length === 0)).toBe(true);
  });
});

describe('quarters', () => {
  it('places days, months and quarters in a quarter, and not a bare year', () => {
    expect([quarterOf(d('2025-06-30')), quarterOf(d('2025-07')), quarterOf(d('2025-Q4')), quarterOf(d('2025'))]).toEqual(['2025-q2', '2025-q3', '2025-q4', undefined]);
    expect(quartersBetween(d('2025-Q3'), d('2026-Q1'))).toEqual(['2025-q3', '2025-q4', '2026-q1']);
  });
});

describe('localities over time', () => {
  const district = { name: 'Huyện Mẫu', until: d('2025-06-30') };
  const province = { name: 'Tỉnh Mẫu', from: d('2025-07-01') };

  it('knows whether a locality existed during a date of any precision', () => {
    expect(wasValidDuring(district, d('2025-06-30'))).toBe(true);
    expect(wasValidDuring(district, d('2025-07-01'))).toBe(false);
    expect(wasValidDuring(district, d('2025'))).toBe(true);
    expect(wasValidDuring(province, d('2025-Q2'))).toBe(false);
    expect(wasValidDuring(province, d('2025-Q3'))).toBe(true);
    expect(wasValidDuring({ name: 'Luôn có' }, d('2022'))).toBe(true);
  });

  it('says the validity in Vietnamese', () => {
    expect(validityText(district)).toBe('chỉ có hiệu lực đến ngày 30/06/2025');
    expect(validityText(province)).toBe('chỉ có hiệu lực từ ngày 01/07/2025');
  });
});

describe('indicator units', () => {
  it('ignores case, spacing and Unicode form, not the unit itself', () => {
    expect(sameUnit(' Ngày  công', 'ngày công')).toBe(true);
    expect(sameUnit('ngày công'.normalize('NFD'), 'ngày công')).toBe(true);
    expect(sameUnit('m', 'km')).toBe(false);
  });
});

describe('downloads', () => {
  it('writes one row per story × figure, a story without figures as one row, as UTF-8 CSV with a BOM', () => {
    const rows = figureRows(
      [
        { id: 'a', url: 'https://example.org/a/', title: 'Mẫu, "A"', kind: 'tập thể', unit: 'CĐCS Mẫu', locality: 'Huyện Mẫu', fields: ['Hạ tầng'], items: ['ha-tang-1'], phase: 'Giai đoạn 1', achievedOn: d('2024-05'), figures: [{ label: 'Đường', value: 1.5, unit: 'km', indicator: 'duong' }, { label: 'Cây', value: 3, unit: 'cây' }] },
        { id: 'b', url: 'https://example.org/b/', title: 'Mẫu B', kind: 'cá nhân', unit: 'CĐCS Mẫu', locality: 'Xã Mẫu', fields: [], items: [], phase: 'Giai đoạn 2', achievedOn: d('2026'), commendation: 'đề nghị', figures: [] },
      ],
      (id) => `Chỉ tiêu ${id}`,
    );
    const csv = figuresCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed: string[][] = parseCsv(csv, { bom: true });
    expect(parsed[0]).toEqual([...FIGURE_COLUMNS]);
    expect(parsed.slice(1).map((r) => [r[0], r[1], r[9], r[12], r[14]])).toEqual([
      ['a', 'Mẫu, "A"', 'Quý II/2024', '1.5', 'Chỉ tiêu duong'],
      ['a', 'Mẫu, "A"', 'Quý II/2024', '3', ''],
      ['b', 'Mẫu B', '', '', ''],
    ]);
  });
});

describe('where numbers link', () => {
  it('uses the story lists for overall localities, fields and kinds, and the filtered search page for the rest', () => {
    const type = 'Câu chuyện điển hình';
    expect(numberLink({ dimension: 'locality', value: 'dak-glei', label: 'Huyện Đăk Glei' })).toEqual({ list: { segment: 'dia-ban', value: 'dak-glei' } });
    expect(numberLink({ dimension: 'kind', value: 'tap-the', label: 'Tập thể' })).toEqual({ list: { segment: 'loai', value: 'tap-the' } });
    expect(numberLink({ dimension: 'field', value: 'ha-tang', label: 'Hạ tầng' }, 'Giai đoạn 1')).toEqual({ search: { materialType: type, phase: 'Giai đoạn 1', field: 'Hạ tầng' } });
    expect(numberLink({ dimension: 'phase', value: 'gd2', label: 'Giai đoạn 2' }, 'Giai đoạn 2')).toEqual({ search: { materialType: type, phase: 'Giai đoạn 2' } });
    expect(numberLink({ dimension: 'indicator', value: 'duong', label: 'Đường' })).toEqual({ search: { materialType: type, indicator: 'Đường' } });
  });

  it("declares on each story the labels of exactly the buckets that count it", () => {
    const s = computeStatistics(stories, names, new Date(Date.UTC(2026, 10, 25)));
    const dimensions = { kind: s.byKind, item: s.byItem, quarter: s.byQuarter, commendation: s.byCommendation, indicator: s.indicators } as const;
    for (const one of stories) {
      const labels = storyLabels(one, names);
      for (const [dimension, buckets] of Object.entries(dimensions)) {
        const counting = buckets.filter((b) => b.stories.includes(one.id)).map((b) => b.label);
        expect(labels[dimension as keyof typeof dimensions].sort(), `${one.id} ${dimension}`).toEqual(counting.sort());
      }
    }
    expect(storyLabels(stories[1]!, names)).toEqual({ kind: ['Cá nhân'], item: ['Mục 1.2', 'Mục 2.1'], quarter: ['Quý II/2024'], commendation: ['Đã nhận'], indicator: ['Đường'] });
  });
});
