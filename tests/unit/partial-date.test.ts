import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  parsePartialDate,
  partialDateRange,
  partialDateToISO,
  partialDateToString,
} from '../../src/lib/partial-date.ts';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('parsePartialDate', () => {
  it.each([
    ['2030-02-03', { precision: 'day', year: 2030, month: 2, day: 3 }],
    ['2029-07', { precision: 'month', year: 2029, month: 7 }],
    ['2023-Q2', { precision: 'quarter', year: 2023, quarter: 2 }],
    ['2023-q4', { precision: 'quarter', year: 2023, quarter: 4 }],
    ['2025', { precision: 'year', year: 2025 }],
  ])('reads %s at its own precision', (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
  });

  it.each(['2023-02-30', '2023-13', '2023-Q5', '23', '21/3/2023', 'Quý II/2023', '', '2023-1-5'])(
    'rejects %j',
    (input) => {
      expect(parsePartialDate(input)).toBeNull();
    },
  );

  it('accepts 29 February only in leap years', () => {
    expect(parsePartialDate('2028-02-29')).not.toBeNull();
    expect(parsePartialDate('2027-02-29')).toBeNull();
  });
});

describe('partialDateRange', () => {
  it('covers exactly the day, month, quarter or year', () => {
    expect(partialDateRange({ precision: 'day', year: 2030, month: 2, day: 3 })).toEqual({
      start: utc(2030, 2, 3),
      end: utc(2030, 2, 4),
    });
    expect(partialDateRange({ precision: 'month', year: 2029, month: 12 })).toEqual({
      start: utc(2029, 12, 1),
      end: utc(2030, 1, 1),
    });
    expect(partialDateRange({ precision: 'quarter', year: 2023, quarter: 2 })).toEqual({
      start: utc(2023, 4, 1),
      end: utc(2023, 7, 1),
    });
    expect(partialDateRange({ precision: 'year', year: 2025 })).toEqual({ start: utc(2025, 1, 1), end: utc(2026, 1, 1) });
  });
});

describe('display', () => {
  it('writes dates the way the source does, never adding precision', () => {
    expect(formatPartialDate({ precision: 'day', year: 2030, month: 2, day: 3 })).toBe('03/02/2030');
    expect(formatPartialDate({ precision: 'quarter', year: 2023, quarter: 2 })).toBe('Quý II/2023');
    expect(formatPartialDate({ precision: 'year', year: 2025 })).toBe('năm 2025');
    expect(formatPartialDate({ precision: 'month', year: 2029, month: 7 })).toBe('tháng 07/2029');
  });

  it('gives valid <time datetime> values and round-trips the YAML notation', () => {
    expect(partialDateToISO({ precision: 'year', year: 2025 })).toBe('2025');
    expect(partialDateToISO({ precision: 'quarter', year: 2023, quarter: 3 })).toBe('2023-07');
    for (const text of ['2030-02-03', '2029-07', '2023-Q2', '2025']) {
      expect(partialDateToString(parsePartialDate(text)!)).toBe(text);
    }
  });

  it('orders by start, then by end (a day before the year that contains it ends)', () => {
    const dates = ['2030', '2029-07-28', '2023-Q2', '2030-02-03'].map((t) => parsePartialDate(t)!);
    expect(dates.sort(comparePartialDates).map(partialDateToString)).toEqual(['2023-Q2', '2029-07-28', '2030', '2030-02-03']);
  });
});
