import { afterEach, describe, expect, it } from 'vitest';
import { campaignCalendars, type PhaseInput } from '../../src/lib/calendar/campaign.ts';
import { milestoneEvent, milestoneUid, type MilestoneInput } from '../../src/lib/calendar/events.ts';
import { renderCalendar } from '../../src/lib/calendar/ics.ts';
import { calendarLinks, calendarPath } from '../../src/lib/calendar/paths.ts';
import { parsePartialDate } from '../../src/lib/partial-date.ts';
import { parseCalendar, rawLineProblems } from '../support/icalendar.ts';

const SITE = 'https://thi-dua.example.org/mau/';
const date = (text: string) => parsePartialDate(text)!;

const milestone = (id: string, when: string): MilestoneInput => ({
  id,
  date: date(when),
  label: `Mốc mẫu ${id}`,
  item: { id: `muc-${id}`, text: `Quý II/2023: Công đoàn cơ sở Mẫu A tổ chức hội nghị; “thử nghiệm”, có chú thích[^1].` },
  section: 'Hướng dẫn, II. Tiến độ mẫu, 1. Giai đoạn mẫu',
  url: `${SITE}huong-dan/#muc-${id}`,
});

describe('a milestone as a calendar event', () => {
  it.each([
    ['2029-07-28', 'day', '2029-07-28', '2029-07-29'],
    ['2029-02', 'month', '2029-02-01', '2029-03-01'],
    ['2023-Q2', 'quarter', '2023-04-01', '2023-07-01'],
    ['2025', 'year', '2025-01-01', '2026-01-01'],
  ])('%s is an all-day event over its whole %s, the day after the last as the end', (when, precision, start, end) => {
    const event = milestoneEvent(milestone('a', when), SITE);
    expect(event.precision).toBe(precision);
    expect(event.start.toISOString().slice(0, 10)).toBe(start);
    expect(event.end.toISOString().slice(0, 10)).toBe(end);
  });

  it('states the precision the guidance gives, and says no day was given when none was', () => {
    expect(milestoneEvent(milestone('a', '2023-Q2'), SITE).description).toContain(
      'Hướng dẫn ghi: Quý II/2023. Văn bản không ghi ngày cụ thể; sự kiện trải suốt quý.',
    );
    expect(milestoneEvent(milestone('a', '2025'), SITE).description).toContain('Hướng dẫn ghi: năm 2025. Văn bản không ghi ngày cụ thể; sự kiện trải suốt năm.');
    const day = milestoneEvent(milestone('a', '2029-07-28'), SITE).description;
    expect(day).toContain('Hướng dẫn ghi: 28/07/2029.');
    expect(day).not.toContain('không ghi ngày');
  });

  it('quotes the label and the item word for word (without footnote marks), cites the section and links to the item', () => {
    const event = milestoneEvent(milestone('a', '2023-Q2'), SITE);
    expect(event.summary).toBe('Mốc mẫu a');
    expect(event.description.split('\n')).toEqual([
      'Mốc mẫu a.',
      'Hướng dẫn ghi: Quý II/2023. Văn bản không ghi ngày cụ thể; sự kiện trải suốt quý.',
      'Nguyên văn: “Quý II/2023: Công đoàn cơ sở Mẫu A tổ chức hội nghị; “thử nghiệm”, có chú thích.”',
      `Nguồn: Hướng dẫn, II. Tiến độ mẫu, 1. Giai đoạn mẫu. ${SITE}huong-dan/#muc-a`,
    ]);
    expect(event.url).toBe(`${SITE}huong-dan/#muc-a`);
  });

  it('takes its UID from the milestone id and the site host, nothing random', () => {
    expect(milestoneUid('a', SITE)).toBe('a@thi-dua.example.org');
    expect(milestoneEvent(milestone('a', '2025'), SITE).uid).toBe(milestoneEvent(milestone('a', '2025'), SITE).uid);
    expect(milestoneUid('a', 'https://khac.example.org/')).not.toBe(milestoneUid('a', SITE));
  });
});

describe('the calendar file', () => {
  const events = [milestone('ngay', '2029-07-28'), milestone('quy', '2023-Q2'), milestone('nam', '2025')].map((m) => milestoneEvent(m, SITE));
  const render = (stamp: string) =>
    renderCalendar({ name: 'Lịch mẫu', description: 'Mô tả mẫu; có dấu phẩy, chấm phẩy.', stamp: new Date(`${stamp}T00:00:00Z`), events });
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('parses with ical.js: one all-day event per milestone with its dates, text and link', () => {
    const parsed = parseCalendar(render('2026-11-25'));
    expect(parsed.name).toBe('Lịch mẫu');
    expect(parsed.description).toBe('Mô tả mẫu; có dấu phẩy, chấm phẩy.');
    expect(parsed.events.map((e) => [e.uid, e.start, e.end, e.allDay])).toEqual([
      ['ngay@thi-dua.example.org', '2029-07-28', '2029-07-29', true],
      ['quy@thi-dua.example.org', '2023-04-01', '2023-07-01', true],
      ['nam@thi-dua.example.org', '2025-01-01', '2026-01-01', true],
    ]);
    expect(parsed.events.map((e) => [e.summary, e.description, e.url])).toEqual(events.map((e) => [e.summary, e.description, e.url]));
  });

  it('ends every line with CRLF and folds long Vietnamese lines at 75 octets', () => {
    const text = render('2026-11-25');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(rawLineProblems(text)).toEqual([]);
  });

  it('keeps the UIDs and changes only DTSTAMP when built on another day', () => {
    const [first, second] = [parseCalendar(render('2026-11-25')), parseCalendar(render('2026-12-24'))];
    expect(second.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
    expect(first.events.every((e) => e.stamp === '2026-11-25T00:00:00Z')).toBe(true);
    expect(second.events.every((e) => e.stamp === '2026-12-24T00:00:00Z')).toBe(true);
    expect(render('2026-11-25')).toBe(render('2026-11-25'));
  });

  it('writes the same dates whatever the time zone of the build machine', () => {
    const here = render('2026-11-25');
    for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      expect(render('2026-11-25'), zone).toBe(here);
    }
  });
});

describe('the campaign calendars', () => {
  const phase = (id: string, name: string, dates: string[]): PhaseInput => ({
    id,
    name,
    items: [{ id: `${id}-1`, text: 'Nội dung mẫu của giai đoạn.' }],
    milestones: dates.map((when, index) => ({ id: `${id}-moc-${index}`, date: date(when), label: `Mốc mẫu ${index}`, item: `${id}-1` })),
  });
  const input = {
    campaign: 'Phong trào mẫu',
    issuer: 'Công đoàn Mẫu',
    phases: [phase('giai-doan-mau-1', 'Giai đoạn mẫu 1', ['2025', '2023-Q2']), phase('giai-doan-mau-2', 'Giai đoạn mẫu 2', ['2030-02-03'])],
    citation: (itemId: string) => `Hướng dẫn, mục mẫu ${itemId}`,
    itemUrl: (itemId: string) => `${SITE}huong-dan/#${itemId}`,
    site: SITE,
    stamp: new Date('2026-11-25T00:00:00Z'),
  };

  it('gives the whole campaign, in date order, then each phase its own file', () => {
    const calendars = campaignCalendars(input);
    expect(calendars.map((c) => c.name)).toEqual(['thi-dua', 'giai-doan-mau-1', 'giai-doan-mau-2']);
    expect(calendars[0]!.file.events.map((e) => e.uid)).toEqual([
      'giai-doan-mau-1-moc-1@thi-dua.example.org',
      'giai-doan-mau-1-moc-0@thi-dua.example.org',
      'giai-doan-mau-2-moc-0@thi-dua.example.org',
    ]);
    expect(calendars[2]!.file.name).toBe('Thi đua hạ tầng, tiết kiệm — Giai đoạn mẫu 2');
    expect(calendars[1]!.file.events[0]!.description).toContain(`Nguồn: Hướng dẫn, mục mẫu giai-doan-mau-1-1. ${SITE}huong-dan/#giai-doan-mau-1-1`);
  });

  it('refuses a phase whose id would overwrite the whole campaign\u2019s file', () => {
    expect(() => campaignCalendars({ ...input, phases: [phase('thi-dua', 'Giai đoạn mẫu', ['2025'])] })).toThrow(/thi-dua/);
  });
});

describe('the links to a calendar', () => {
  it('subscribe with webcal:// where the site has a real host, and download the file', () => {
    expect(calendarLinks(`${SITE}lich/thi-dua.ics`, '/mau/lich/thi-dua.ics')).toEqual({
      subscribe: 'webcal://thi-dua.example.org/mau/lich/thi-dua.ics',
      download: '/mau/lich/thi-dua.ics',
    });
  });

  it('link the file itself for both on a local build, which no calendar app could reach', () => {
    expect(calendarLinks('http://localhost:4321/lich/thi-dua.ics', '/lich/thi-dua.ics')).toEqual({ subscribe: '/lich/thi-dua.ics', download: '/lich/thi-dua.ics' });
  });

  it('name the files under lich/', () => {
    expect([calendarPath(), calendarPath('giai-doan-1')]).toEqual(['lich/thi-dua.ics', 'lich/giai-doan-1.ics']);
  });
});
