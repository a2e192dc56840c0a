/**
 * Where the calendar files live, relative to the base path: `lich/thi-dua.ics` for the whole
 * campaign, `lich/<phase id>.ics` for one phase. They are files, not pages, so the folder has no
 * row in the site map (src/lib/site-map.ts lists HTML pages; see docs/members-tools.md).
 */
export const CALENDAR_FOLDER = 'lich/';

/** The name of the whole campaign's calendar; a phase's calendar is named by the phase's id. */
export const CAMPAIGN_CALENDAR = 'thi-dua';

export const CALENDAR_EXTENSION = '.ics';

/** `lich/thi-dua.ics`, or `lich/giai-doan-1.ics` for a phase. */
export function calendarPath(name: string = CAMPAIGN_CALENDAR): string {
  return `${CALENDAR_FOLDER}${name}${CALENDAR_EXTENSION}`;
}

/** Host names that only mean "this machine": a calendar app could not subscribe to them. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The two links a page offers for a calendar file at `fileUrl` (absolute): a subscription
 * (`webcal://`, which calendar apps open and refresh) where the site has a real host, and a
 * download of the file. Without a real host (a local build) the subscription link is the file
 * itself at `filePath`, so it still works wherever the build is served.
 */
export function calendarLinks(fileUrl: string, filePath: string): { subscribe: string; download: string } {
  const url = new URL(fileUrl);
  const subscribe = LOCAL_HOSTS.has(url.hostname) ? filePath : `webcal://${url.host}${url.pathname}`;
  return { subscribe, download: filePath };
}
