import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../src/lib/partial-date.ts';
import {
  countBy,
  filterStories,
  pageWindow,
  paginate,
  sortStories,
  valuesOf,
  type StorySummary,
} from '../../src/lib/stories/listing.ts';

const d = (s: string) => parsePartialDate(s) as PartialDate;
const story = (id: string, published: string, extra: Partial<StorySummary> = {}): StorySummary => ({
  id,
  title: `Câu chuyện ${id}`,
  summary: '…',
  kind: 'tập thể',
  unitName: 'Công đoàn cơ sở Mẫu A',
  locality: 'dak-glei',
  fields: ['ha-tang'],
  achievedOn: d('2024'),
  publishedOn: d(published),
  ...extra,
});

describe('story listing', () => {
  const stories = [
    story('a', '2024-01-02'),
    story('b', '2025-06-01', { kind: 'cá nhân', fields: ['ha-tang', 'tiet-kiem'], achievedOn: d('2025-Q1') }),
    story('c', '2024-03-04', { locality: 'ngoc-hoi', fields: ['tiet-kiem'] }),
  ];

  it('sorts newest first and breaks ties by title', () => {
    expect(sortStories(stories).map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(sortStories([story('y', '2024-01-01'), story('x', '2024-01-01')]).map((s) => s.id)).toEqual(['x', 'y']);
  });

  it('counts each filter value, a story with two fields counting in both', () => {
    expect(Object.fromEntries(countBy(stories, 'field'))).toEqual({ 'ha-tang': 2, 'tiet-kiem': 2 });
    expect(Object.fromEntries(countBy(stories, 'kind'))).toEqual({ 'tap-the': 2, 'ca-nhan': 1 });
    expect(Object.fromEntries(countBy(stories, 'year'))).toEqual({ 2024: 2, 2025: 1 });
    expect(Object.fromEntries(countBy(stories, 'locality'))).toEqual({ 'dak-glei': 2, 'ngoc-hoi': 1 });
  });

  it('filters by a URL value', () => {
    expect(filterStories(stories, 'kind', 'ca-nhan').map((s) => s.id)).toEqual(['b']);
    expect(filterStories(stories, 'year', '2024').map((s) => s.id)).toEqual(['a', 'c']);
    expect(valuesOf(stories[1]!, 'field')).toEqual(['ha-tang', 'tiet-kiem']);
  });

  it('paginates with at least one page', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, total: 1, items: [], first: 1 }]);
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i), 20);
    expect(pages.map((p) => [p.number, p.items.length, p.first])).toEqual([
      [1, 20, 1],
      [2, 20, 21],
      [3, 5, 41],
    ]);
  });

  it('links a window of pages with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 20)).toEqual([1, null, 4, 5, 6, null, 20]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
});
