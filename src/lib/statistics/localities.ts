import { formatPartialDate, partialDateRange, type PartialDate } from '../partial-date.ts';

export interface LocalityTime {
  name: string;
  from?: PartialDate | undefined;
  until?: PartialDate | undefined;
}

/** When a locality existed, as a half-open interval of UTC milliseconds (unbounded sides open). */
export function localityValidity(locality: LocalityTime): { start: number; end: number } {
  return {
    start: locality.from ? partialDateRange(locality.from).start.getTime() : -Infinity,
    end: locality.until ? partialDateRange(locality.until).end.getTime() : Infinity,
  };
}

/**
 * Whether a locality existed at some time within `date` (a day, month, quarter or year): a date
 * coarser than a day is not held against the editor, who may not know the day.
 */
export function wasValidDuring(locality: LocalityTime, date: PartialDate): boolean {
  const valid = localityValidity(locality);
  const range = partialDateRange(date);
  return range.start.getTime() < valid.end && range.end.getTime() > valid.start;
}

/** “chỉ có hiệu lực đến ngày 30/06/2025”, for the check's message and the statistics page. */
export function validityText(locality: LocalityTime): string {
  const on = (date: PartialDate) => `${date.precision === 'day' ? 'ngày ' : ''}${formatPartialDate(date)}`;
  const from = locality.from && on(locality.from);
  const until = locality.until && on(locality.until);
  if (from && until) return `chỉ có hiệu lực từ ${from} đến ${until}`;
  if (until) return `chỉ có hiệu lực đến ${until}`;
  if (from) return `chỉ có hiệu lực từ ${from}`;
  return 'có hiệu lực suốt phong trào';
}
