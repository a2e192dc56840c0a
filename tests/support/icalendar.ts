import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  /** DTSTART and DTEND as written, YYYY-MM-DD for dates. */
  start: string;
  end: string;
  /** Both are DATE values (an all-day event), not DATE-TIME. */
  allDay: boolean;
  summary: string;
  description: string;
  url: string;
  stamp: string;
}

/** A calendar file read by ical.js, a real iCalendar parser (it throws on malformed input). */
export function parseCalendar(text: string): { name: string; description: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    const value = (name: string) => String(vevent.getFirstPropertyValue(name) ?? '');
    return {
      uid: value('uid'),
      start: start.toString(),
      end: end.toString(),
      allDay: start.isDate && end.isDate,
      summary: value('summary'),
      description: value('description'),
      url: value('url'),
      stamp: value('dtstamp'),
    };
  });
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''),
    description: String(calendar.getFirstPropertyValue('x-wr-caldesc') ?? ''),
    events,
  };
}

/** RFC 5545, 3.1: lines end with CRLF and are at most 75 octets long, the line break excluded. */
export function rawLineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the last line does not end with CRLF');
  const lines = text.split('\r\n').slice(0, -1);
  lines.forEach((line, index) => {
    if (line.includes('\n') || line.includes('\r')) problems.push(`line ${index + 1}: a bare LF or CR`);
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`line ${index + 1}: ${octets} octets`);
  });
  return problems;
}
