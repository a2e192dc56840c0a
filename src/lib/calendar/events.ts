/**
 * A milestone of the phases collection as a calendar event, without any iCalendar library:
 * dates, precision, wording, UID. src/lib/calendar/ics.ts writes these events into a file.
 *
 * Every event is all-day. A milestone the guidance dates to a day is that day; one it dates only
 * to a month, a quarter or a year spans the whole month, quarter or year (the same half-open
 * range the site uses, src/lib/partial-date.ts), so no day is invented, and its description
 * states what the guidance wrote.
 */
import { ui } from '../i18n/ui.ts';
import { formatPartialDate, partialDateRange, type PartialDate } from '../partial-date.ts';
import { stripFootnoteRefs } from '../text/footnotes.ts';

export interface MilestoneInput {
  id: string;
  date: PartialDate;
  label: string;
  /** The item (bullet) of the guidance that states the milestone, as stored. */
  item: { id: string; text: string };
  /** Where the item sits in the guidance: "II. Tiến độ thực hiện, 1. Giai đoạn 1 (từ 2022 - 2025)". */
  section: string;
  /** Absolute URL of the item in the guidance (its anchor on /huong-dan/). */
  url: string;
}

export interface CalendarEvent {
  uid: string;
  precision: PartialDate['precision'];
  /** First day, as midnight UTC of that calendar day. */
  start: Date;
  /** The day after the last day (iCalendar's DTEND of an all-day event is exclusive). */
  end: Date;
  summary: string;
  description: string;
  url: string;
}

/**
 * A UID that stays the same from build to build, so a subscribed calendar updates its events
 * instead of adding copies: the milestone's id (unique among milestones, an anchor of the phases
 * page) at the site's host.
 */
export function milestoneUid(milestoneId: string, site: string | URL): string {
  return `${milestoneId}@${new URL(site).hostname}`;
}

export function milestoneEvent(milestone: MilestoneInput, site: string | URL): CalendarEvent {
  const { start, end } = partialDateRange(milestone.date);
  const text = ui.calendar.event;
  return {
    uid: milestoneUid(milestone.id, site),
    precision: milestone.date.precision,
    start,
    end,
    summary: milestone.label,
    description: [
      `${milestone.label}.`,
      text.sourceSays(formatPartialDate(milestone.date)) + text.span[milestone.date.precision],
      text.wording(stripFootnoteRefs(milestone.item.text)),
      text.source(milestone.section, milestone.url),
    ].join('\n'),
    url: milestone.url,
  };
}
