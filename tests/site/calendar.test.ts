import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFromFile, startStaticServer } from '../../scripts/lib/static-server.ts';
import { campaignCalendars } from '../../src/lib/calendar/campaign.ts';
import { renderCalendar } from '../../src/lib/calendar/ics.ts';
import { readEntries } from '../../src/lib/content/load-content.ts';
import { partialDateRange, type PartialDate } from '../../src/lib/partial-date.ts';
import { loadPage, normalizeText } from '../support/html.ts';
import { parseCalendar, rawLineProblems } from '../support/icalendar.ts';
import { ROOT, SITE_DIR, TEST_BUILD_DATE } from '../support/paths.ts';

const phases = readEntries(ROOT, ['phases']).list('phases').sort((a, b) => a.data.order - b.data.order);
const read = (file: string) => readFileSync(join(SITE_DIR, 'lich', file), 'utf8');
const day = (date: Date) => date.toISOString().slice(0, 10);
/** What each milestone must become: its UID (the test build's host is localhost) and its whole range. */
const expected = (milestones: ReadonlyArray<{ id: string; date: PartialDate }>) =>
  milestones.map(({ id, date }) => {
    const range = partialDateRange(date);
    return [`${id}@localhost`, day(range.start), day(range.end), true];
  });

describe('the built calendar files', () => {
  it('hold every milestone of the phases collection once, as an all-day event over its whole day, month, quarter or year', () => {
    const calendar = parseCalendar(read('thi-dua.ics'));
    const all = phases.flatMap((phase) => phase.data.milestones).sort((a, b) => partialDateRange(a.date).start.getTime() - partialDateRange(b.date).start.getTime());
    expect(all.length).toBeGreaterThan(0);
    expect(calendar.events.map((e) => [e.uid, e.start, e.end, e.allDay])).toEqual(expected(all));
    expect(calendar.name).toBe('Thi đua hạ tầng, tiết kiệm');
  });

  it('give each phase its own file with its own milestones', () => {
    for (const phase of phases) {
      const calendar = parseCalendar(read(`${phase.id}.ics`));
      expect(calendar.events.map((e) => [e.uid, e.start, e.end, e.allDay]), phase.id).toEqual(
        expected([...phase.data.milestones].sort((a, b) => partialDateRange(a.date).start.getTime() - partialDateRange(b.date).start.getTime())),
      );
      expect(calendar.name).toContain(phase.data.name);
    }
  });

  it('describe each event with the precision, the label and item word for word, the section, and a link to the item', () => {
    const events = new Map(parseCalendar(read('thi-dua.ics')).events.map((e) => [e.uid, e]));
    const quarter = events.get('ban-hanh-huong-dan@localhost')!;
    expect(quarter.summary).toBe('Ban hành hướng dẫn triển khai thực hiện trong hệ thống Công đoàn tỉnh');
    expect(quarter.description).toContain('Hướng dẫn ghi: Quý II/2023. Văn bản không ghi ngày cụ thể; sự kiện trải suốt quý.');
    expect(quarter.description).toContain(
      'Nguyên văn: “Quý II/2023: Ban hành hướng dẫn triển khai thực hiện trong hệ thống Công đoàn tỉnh. Nội dung thi đua ở các cấp công đoàn trong năm 2023',
    );
    expect(quarter.description).toContain('Nguồn: Hướng dẫn, II. Tiến độ thực hiện, 1. Giai đoạn 1 (từ 2022 - 2025). http://localhost:4321/huong-dan/#giai-doan-1-1');
    expect(quarter.url).toBe('http://localhost:4321/huong-dan/#giai-doan-1-1');
    // The item's anchor exists on the guidance page.
    expect(loadPage('/huong-dan/').getElementById('giai-doan-1-1')).not.toBeNull();
    expect(events.get('ky-niem-100-nam-cong-doan-viet-nam@localhost')!.description).toContain('Hướng dẫn ghi: 28/07/2029.\n');
  });

  it('are stamped with the build date, with CRLF lines of at most 75 octets', () => {
    for (const file of ['thi-dua.ics', ...phases.map((p) => `${p.id}.ics`)]) {
      const text = read(file);
      expect(rawLineProblems(text), file).toEqual([]);
      expect(parseCalendar(text).events.every((e) => e.stamp === `${TEST_BUILD_DATE}T00:00:00Z`), file).toBe(true);
    }
  });
});

describe('a second build on another day', () => {
  it('gives every event of every file the same UID, with a new DTSTAMP', () => {
    const second = campaignCalendars({
      campaign: 'x',
      issuer: 'x',
      phases: phases.map((phase) => ({ id: phase.id, ...phase.data })),
      citation: () => 'x',
      itemUrl: () => 'http://localhost:4321/',
      site: 'http://localhost:4321',
      stamp: new Date('2027-03-15T00:00:00Z'),
    });
    for (const { name, file } of second) {
      const [built, again] = [parseCalendar(read(`${name}.ics`)), parseCalendar(renderCalendar(file))];
      expect(again.events.map((e) => e.uid), name).toEqual(built.events.map((e) => e.uid));
      expect(again.events.every((e) => e.stamp === '2027-03-15T00:00:00Z'), name).toBe(true);
    }
  });
});

describe('"Thêm vào lịch" on the phases and home pages', () => {
  it.each(['/', '/giai-doan/'])('%s offers the campaign calendar to subscribe to and to download, without a script', (path) => {
    const links = [...loadPage(path).querySelectorAll('.calendar-links a')].filter((a) => a.getAttribute('href') === '/lich/thi-dua.ics');
    // A local build has no host a calendar app could subscribe to: both links are the file.
    expect(links.map((a) => a.hasAttribute('download'))).toEqual([false, true]);
    expect(links[1]!.getAttribute('download')).toBe('thi-dua.ics');
    expect(normalizeText(links[0]!.parentElement!.textContent ?? '')).toBe(
      'Thêm vào lịch: Đăng ký lịch mọi mốc thời gian (tự cập nhật) · Tải tệp lịch mọi mốc thời gian (.ics)',
    );
  });

  it('offers each phase with milestones its own calendar on the phases page', () => {
    const hrefs = [...loadPage('/giai-doan/').querySelectorAll('.calendar-links a[download]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/lich/thi-dua.ics', ...phases.filter((p) => p.data.milestones.length > 0).map((p) => `/lich/${p.id}.ics`)]);
  });
});

describe('serving the calendar files', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  beforeAll(async () => {
    server = await startStaticServer({ dir: SITE_DIR, port: 0, headers: headersFromFile(SITE_DIR) });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends text/calendar in UTF-8, as _headers asks of the host', async () => {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/lich/thi-dua.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(readFileSync(join(SITE_DIR, '_headers'), 'utf8')).toMatch(/^\/lich\/\*\n {2}Content-Type: text\/calendar; charset=utf-8$/m);
    expect(parseCalendar(await response.text()).events.length).toBeGreaterThan(0);
  });
});
