/**
 * Writes calendar events (src/lib/calendar/events.ts) as an iCalendar file (RFC 5545) with
 * ical-generator, which escapes text, folds lines at 75 octets and ends them with CRLF. Why this
 * library: docs/members-tools.md, "Calendar".
 */
import ical from 'ical-generator';
import type { CalendarEvent } from './events.ts';

/** How often a subscribed calendar app should look for changes: the site is rebuilt at most daily. */
const REFRESH_SECONDS = 24 * 60 * 60;

export interface CalendarFile {
  name: string;
  description: string;
  /** DTSTAMP of every event: the build date, so the same build gives the same bytes. */
  stamp: Date;
  events: readonly CalendarEvent[];
}

export function renderCalendar({ name, description, stamp, events }: CalendarFile): string {
  // Every event is all-day: its dates are the same day in every zone, so the file names no
  // zone (Asia/Ho_Chi_Minh would be the one). ical-generator's `timezone` option would also
  // make it write those dates in the build machine's local zone.
  const calendar = ical({
    name,
    description,
    prodId: { company: 'phong-trao-thi-dua-kon-tum', product: 'lich', language: 'VI' },
    ttl: REFRESH_SECONDS,
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start: event.start,
      end: event.end,
      stamp,
      summary: event.summary,
      description: event.description,
      url: event.url,
    });
  }
  // Every content line ends with CRLF (RFC 5545, 3.1), the last one too.
  return calendar.toString().replace(/(\r\n)?$/, '\r\n');
}
