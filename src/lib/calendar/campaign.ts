/**
 * The calendar files of the campaign: one with every milestone of every phase, one per phase.
 * Plain data in, plain data out; the endpoint (src/pages/lich/[calendar].ics.ts) only renders.
 */
import { ui } from '../i18n/ui.ts';
import { comparePartialDates, type PartialDate } from '../partial-date.ts';
import { CAMPAIGN_CALENDAR } from './paths.ts';
import { milestoneEvent } from './events.ts';
import type { CalendarFile } from './ics.ts';

export interface PhaseInput {
  id: string;
  name: string;
  items: ReadonlyArray<{ id: string; text: string }>;
  milestones: ReadonlyArray<{ id: string; date: PartialDate; label: string; item: string }>;
}

export interface CampaignInput {
  campaign: string;
  issuer: string;
  /** Phases in reading order. */
  phases: readonly PhaseInput[];
  /** Where an item sits in the guidance ("Hướng dẫn, II. Tiến độ thực hiện, 1. Giai đoạn 1 (…)"). */
  citation: (itemId: string) => string;
  /** Absolute URL of an item on the guidance page. */
  itemUrl: (itemId: string) => string;
  /** The site's URL, whose host makes the UIDs. */
  site: string | URL;
  stamp: Date;
}

/** Each calendar file by its name (`thi-dua`, then the phases' ids), in that order. */
export function campaignCalendars(input: CampaignInput): Array<{ name: string; file: CalendarFile }> {
  const clash = input.phases.find((phase) => phase.id === CAMPAIGN_CALENDAR);
  if (clash) throw new Error(`A phase's id is "${CAMPAIGN_CALENDAR}", the name of the whole campaign's calendar file.`);
  const eventsOf = (phase: PhaseInput) =>
    phase.milestones.map((milestone) => {
      const item = phase.items.find((i) => i.id === milestone.item);
      if (!item) throw new Error(`Milestone "${milestone.id}" names item "${milestone.item}", which phase "${phase.id}" does not have.`);
      return {
        date: milestone.date,
        event: milestoneEvent(
          { ...milestone, item, section: input.citation(item.id), url: input.itemUrl(item.id) },
          input.site,
        ),
      };
    });
  const calendar = (phases: readonly PhaseInput[], phase?: string): CalendarFile => ({
    name: ui.calendar.name(phase),
    description: ui.calendar.description(input.campaign, input.issuer, phase?.toLocaleLowerCase('vi')),
    stamp: input.stamp,
    events: phases
      .flatMap(eventsOf)
      .sort((a, b) => comparePartialDates(a.date, b.date))
      .map(({ event }) => event),
  });
  return [
    { name: CAMPAIGN_CALENDAR, file: calendar(input.phases) },
    ...input.phases.map((phase) => ({ name: phase.id, file: calendar([phase], phase.name) })),
  ];
}
