import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDate, guidanceBlocks, guidanceDocument as doc, phases } from '../../data/site-data.ts';
import { campaignCalendars } from '../../lib/calendar/campaign.ts';
import { renderCalendar, type CalendarFile } from '../../lib/calendar/ics.ts';
import { ui } from '../../lib/i18n/ui.ts';
import { routes } from '../../lib/routes.ts';

/** /lich/thi-dua.ics and /lich/<phase id>.ics: every milestone as an all-day event (docs/members-tools.md). */
export const getStaticPaths = (() => {
  const site = import.meta.env.SITE;
  const located = new Map(guidanceBlocks.map((block) => [block.id, block]));
  return campaignCalendars({
    campaign: doc.campaign.name,
    issuer: doc.issuer,
    phases: phases.map((phase) => ({ id: phase.id, ...phase.data })),
    citation: (itemId) => {
      const block = located.get(itemId);
      if (!block) throw new Error(`Mục “${itemId}” không nằm trong văn bản hướng dẫn (content/guidance/sections/): hãy đặt giai đoạn của nó vào một phần của hướng dẫn (khối “phase”).`);
      return ui.guidance.citation(block);
    },
    itemUrl: (itemId) => new URL(routes.guidance(itemId), site).href,
    site,
    stamp: buildDate,
  }).map(({ name, file }) => ({ params: { calendar: name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CalendarFile }> = ({ props }) =>
  new Response(renderCalendar(props.file), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
