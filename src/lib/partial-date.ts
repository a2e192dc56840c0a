/**
 * Dates in the source come with mixed precision: a day ("03/02/2030"), a quarter ("Quý II/2023")
 * or a bare year ("năm 2025"). Faking a day for "Quý II/2023" would claim a precision the text
 * does not have, so each date keeps its precision and is treated as a time range.
 */

export type PartialDate =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'quarter'; year: number; quarter: number }
  | { precision: 'year'; year: number };

/** Half-open UTC range [start, end) covered by a partial date. */
export interface DateRange {
  start: Date;
  end: Date;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const YEAR = /^(\d{4})$/;

/**
 * The four written forms as one pattern source, for forms that validate as the editor types
 * (the CMS, src/lib/cms/). Shape only: parsePartialDate still refuses an impossible day.
 */
export const PARTIAL_DATE_PATTERN = `^(?:${[DAY, MONTH, QUARTER, YEAR].map((form) => form.source.slice(1, -1)).join('|')})$`;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses the notation editors write in YAML: `2030-02-03`, `2029-07`, `2023-Q2`, `2025`.
 * Returns null when the text is not one of those forms or names an impossible day.
 */
export function parsePartialDate(input: string): PartialDate | null {
  const text = input.trim();
  let m = DAY.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { precision: 'day', year, month, day };
  }
  m = MONTH.exec(text);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12) return null;
    return { precision: 'month', year, month };
  }
  m = QUARTER.exec(text);
  if (m) return { precision: 'quarter', year: Number(m[1]), quarter: Number(m[2]) };
  m = YEAR.exec(text);
  if (m) return { precision: 'year', year: Number(m[1]) };
  return null;
}

export function partialDateRange(date: PartialDate): DateRange {
  switch (date.precision) {
    case 'day':
      return {
        start: new Date(Date.UTC(date.year, date.month - 1, date.day)),
        end: new Date(Date.UTC(date.year, date.month - 1, date.day + 1)),
      };
    case 'month':
      return {
        start: new Date(Date.UTC(date.year, date.month - 1, 1)),
        end: new Date(Date.UTC(date.year, date.month, 1)),
      };
    case 'quarter':
      return {
        start: new Date(Date.UTC(date.year, (date.quarter - 1) * 3, 1)),
        end: new Date(Date.UTC(date.year, date.quarter * 3, 1)),
      };
    case 'year':
      return {
        start: new Date(Date.UTC(date.year, 0, 1)),
        end: new Date(Date.UTC(date.year + 1, 0, 1)),
      };
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** Vietnamese display form, in the notation the source itself uses. */
export function formatPartialDate(date: PartialDate): string {
  switch (date.precision) {
    case 'day':
      return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
    case 'month':
      return `tháng ${pad(date.month)}/${date.year}`;
    case 'quarter':
      return `Quý ${ROMAN[date.quarter - 1]}/${date.year}`;
    case 'year':
      return `năm ${date.year}`;
  }
}

/** Machine-readable form for `<time datetime>`: valid HTML date strings at each precision. */
export function partialDateToISO(date: PartialDate): string {
  switch (date.precision) {
    case 'day':
      return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    case 'month':
      return `${date.year}-${pad(date.month)}`;
    case 'quarter':
      // HTML has no quarter syntax; the first month is the closest valid value.
      return `${date.year}-${pad((date.quarter - 1) * 3 + 1)}`;
    case 'year':
      return String(date.year);
  }
}

/** Canonical YAML notation, the inverse of parsePartialDate. */
export function partialDateToString(date: PartialDate): string {
  return date.precision === 'quarter' ? `${date.year}-Q${date.quarter}` : partialDateToISO(date);
}

export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ra = partialDateRange(a);
  const rb = partialDateRange(b);
  return ra.start.getTime() - rb.start.getTime() || ra.end.getTime() - rb.end.getTime();
}
