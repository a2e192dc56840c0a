import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/partial-date.ts';
import { filterGroups } from '../../src/lib/stories/filters.ts';
import type { StorySummary } from '../../src/lib/stories/listing.ts';

const d = (s: string) => parsePartialDate(s) as PartialDate;
const story = (id: string, extra: Partial<StorySummary>): StorySummary => ({
  id,
  title: id,
  summary: '…',
  kind: 'tập thể',
  unitName: 'Đơn vị Mẫu',
  locality: 'dak-glei',
  fields: ['ha-tang'],
  achievedOn: d('2024'),
  publishedOn: d('2024-05-01'),
  ...extra,
});

describe('filterGroups', () => {
  const names = {
    localities: [
      { id: 'toan-tinh', name: 'Toàn tỉnh Kon Tum' },
      { id: 'dak-glei', name: 'Huyện Đắk Glei' },
    ],
    fields: [
      { id: 'ha-tang', name: 'Hạ tầng' },
      { id: 'tiet-kiem', name: 'Tiết kiệm' },
    ],
  };
  const groups = filterGroups(
    [story('a', {}), story('b', { kind: 'cá nhân', achievedOn: d('2025-Q2'), fields: ['ha-tang', 'tiet-kiem'] })],
    names,
  );
  const byDimension = Object.fromEntries(groups.map((g) => [g.dimension, g.options.map((o) => [o.value, o.label, o.count])]));

  it('lists every locality, field and kind in order, with zero counts kept', () => {
    expect(byDimension.locality).toEqual([
      ['toan-tinh', 'Toàn tỉnh Kon Tum', 0],
      ['dak-glei', 'Huyện Đắk Glei', 2],
    ]);
    expect(byDimension.field).toEqual([
      ['ha-tang', 'Hạ tầng', 2],
      ['tiet-kiem', 'Tiết kiệm', 1],
    ]);
    expect(byDimension.kind).toEqual([
      ['tap-the', 'Tập thể', 1],
      ['ca-nhan', 'Cá nhân', 1],
    ]);
  });

  it('lists only the years that have stories, newest first', () => {
    expect(byDimension.year).toEqual([
      ['2025', 'Năm 2025', 1],
      ['2024', 'Năm 2024', 1],
    ]);
  });

  it('labels the groups in Vietnamese', () => {
    expect(groups.map((g) => g.label)).toEqual(['Địa bàn', 'Nội dung thi đua', 'Tập thể hay cá nhân', 'Năm đạt thành tích']);
  });
});
