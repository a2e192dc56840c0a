import { describe, expect, it } from 'vitest';
import { resolveBuildDate, vietnamCalendarDay } from '../../src/lib/build-date.ts';

describe('resolveBuildDate', () => {
  it('uses the calendar day in Vietnam (UTC+7), not the machine zone', () => {
    // 18:30 UTC on 31 December is already 1 January in Hà Nội.
    expect(vietnamCalendarDay(new Date('2025-12-31T18:30:00Z')).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(vietnamCalendarDay(new Date('2025-12-31T16:59:59Z')).toISOString()).toBe('2025-12-31T00:00:00.000Z');
  });

  it('honours BUILD_DATE for reproducible builds', () => {
    expect(resolveBuildDate({ BUILD_DATE: '2027-03-01' }).toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(resolveBuildDate({}, new Date('2026-11-25T10:00:00Z')).toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it.each(['2027-02-30', '01/03/2027', 'tomorrow'])('refuses BUILD_DATE=%s', (value) => {
    expect(() => resolveBuildDate({ BUILD_DATE: value })).toThrow(/BUILD_DATE/);
  });
});
