import { spawnSync } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parseHTML } from 'linkedom';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/stories/listing.ts';
import { NODE, ROOT, TEST_BUILD_DATE } from '../support/paths.ts';
import { copyStories, FIXTURES, projectCopy } from '../support/projects.ts';
import { asFilter, expectedList, idsByLabel, parseVietnameseNumber, sumOf, valuesUnder, type OpenStory } from '../support/statistics-expected.ts';

/**
 * Builds a copy of the project whose content/exemplars holds the fictional fixture stories plus
 * synthetic ones (enough for two list pages), exactly as `npm run build` does, and reads the output.
 */
const SYNTHETIC = PAGE_SIZE + 2;
let dist: string;

beforeAll(() => {
  const project = projectCopy('stories');
  copyStories(join(FIXTURES, 'valid'), project);
  const generated = spawnSync(NODE, ['scripts/dev/generate-stories.ts', '--project', project, '--count', String(SYNTHETIC), '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });
  if (generated.status !== 0) throw new Error(generated.stderr);
  dist = join(project, 'dist');
  const built = spawnSync(NODE, ['scripts/build.ts', '--out', dist], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });
  if (built.status !== 0) throw new Error(`Build with fixture stories failed:\n${built.stdout}\n${built.stderr}`);
});

const TOTAL = SYNTHETIC + 3;
const page = (path: string) =>
  parseHTML(readFileSync(join(dist, path.replace(/^\//, ''), 'index.html'), 'utf8')).document as unknown as Document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (doc: Document) => [...doc.querySelectorAll('.story-card')];
const cardTitles = (doc: Document) => cards(doc).map((c) => text(c.querySelector('.story-card__title')));

describe('the story index', () => {
  it('lists the newest stories first, a page at a time, with the total', () => {
    const doc = page('/cau-chuyen/');
    expect(text(doc.querySelector('h1'))).toBe('Câu chuyện điển hình');
    expect(text(doc.getElementById('danh-sach'))).toBe(`Câu chuyện 1–${PAGE_SIZE} trên ${TOTAL}`);
    expect(cards(doc)).toHaveLength(PAGE_SIZE);
    const dates = [...doc.querySelectorAll('.story-card time')].map((t) => t.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    const next = doc.querySelector('.story-pages a[rel="next"]');
    expect(next?.getAttribute('href')).toBe('/cau-chuyen/trang/2/');
  });

  it('advertises the RSS feed to feed readers', () => {
    const link = page('/cau-chuyen/').querySelector('head link[rel="alternate"][type="application/rss+xml"]');
    expect(link?.getAttribute('href')).toBe('/cau-chuyen/rss.xml');
  });

  it('puts the rest on /cau-chuyen/trang/2/ and marks the current page', () => {
    const doc = page('/cau-chuyen/trang/2/');
    expect(cards(doc)).toHaveLength(TOTAL - PAGE_SIZE);
    expect(text(doc.querySelector('.story-pages [aria-current="page"]'))).toBe('Trang 2');
    expect(doc.querySelector('.story-pages a[rel="prev"]')?.getAttribute('href')).toBe('/cau-chuyen/');
    expect(text(doc.querySelector('h1'))).toBe('Câu chuyện điển hình (trang 2)');
    expect(existsSync(join(dist, 'cau-chuyen/trang/3'))).toBe(false);
  });

  it('offers every filter as a plain link with its count, so it works without JavaScript', () => {
    const doc = page('/cau-chuyen/');
    const links = new Map([...doc.querySelectorAll('.story-filters a')].map((a) => [text(a), a.getAttribute('href')]));
    const ngocHoi = [...links.keys()].find((label) => /^Huyện Ngọc Hồi \(\d+\)$/.test(label));
    expect(ngocHoi && links.get(ngocHoi)).toBe('/cau-chuyen/dia-ban/ngoc-hoi/');
    const kinds = [...doc.querySelectorAll('.story-filters a[href^="/cau-chuyen/loai/"]')].map((a) => Number(/\((\d+)\)/.exec(text(a))![1]));
    expect(kinds.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(doc.querySelectorAll('script[src*="filter"]').length).toBe(0);
    // Every filter link leads to a page that was built.
    for (const href of links.values()) expect(existsSync(join(dist, href!, 'index.html')), href!).toBe(true);
  });

  it('builds filter pages whose lists hold exactly the matching stories', () => {
    const individual = page('/cau-chuyen/loai/ca-nhan/');
    expect(text(individual.querySelector('h1'))).toBe('Câu chuyện điển hình: Cá nhân');
    expect(cardTitles(individual)).toContain('Đoàn viên Mẫu C và sáng kiến giảm hao hụt vật tư');
    expect(cards(individual).every((c) => text(c.querySelector('.story-card__kind')) === 'Cá nhân')).toBe(true);
    expect(individual.querySelector('.story-filters [aria-current="page"]')?.textContent).toMatch(/^Cá nhân \(\d+\)$/);

    const year = page('/cau-chuyen/nam/2024/');
    expect(cardTitles(year)).toContain('Công đoàn cơ sở Mẫu A góp ngày công làm đường bê tông thôn');
    expect(cardTitles(year)).not.toContain('LĐLĐ huyện Mẫu B tiết kiệm điện ở văn phòng');

    const field = page('/cau-chuyen/linh-vuc/tiet-kiem/');
    expect(cardTitles(field)).toEqual(expect.arrayContaining(['LĐLĐ huyện Mẫu B tiết kiệm điện ở văn phòng', 'Đoàn viên Mẫu C và sáng kiến giảm hao hụt vật tư']));
    expect(cardTitles(field)).not.toContain('Công đoàn cơ sở Mẫu A góp ngày công làm đường bê tông thôn');
  });
});

describe('a story page', () => {
  const doc = () => page('/cau-chuyen/mau-a-duong-be-tong-thon/');
  const facts = () =>
    new Map([...doc().querySelectorAll('.story-facts dt')].map((dt) => [text(dt), dt.nextElementSibling as Element]));

  it('lays out the facts, linked to the locality, fields, items, phase and directives', () => {
    const f = facts();
    expect(text(doc().querySelector('h1'))).toBe('Công đoàn cơ sở Mẫu A góp ngày công làm đường bê tông thôn');
    expect(text(f.get('Đơn vị'))).toBe('Công đoàn cơ sở Mẫu A (công đoàn cơ sở)');
    expect(f.get('Địa bàn')?.querySelector('a')?.getAttribute('href')).toBe('/cau-chuyen/dia-ban/dak-glei/');
    expect(text(f.get('Địa bàn'))).toBe('Huyện Đắk Glei');
    expect(f.get('Nội dung thi đua')?.querySelector('a')?.getAttribute('href')).toBe('/noi-dung-thi-dua/ha-tang/');
    expect(f.get('Nội dung cụ thể')?.querySelector('a')?.getAttribute('href')).toBe('/huong-dan/#ha-tang-4');
    expect(f.get('Giai đoạn')?.querySelector('a')?.getAttribute('href')).toBe('/giai-doan/#giai-doan-1');
    expect(f.get('Văn bản liên quan')?.querySelector('a')?.getAttribute('href')).toBe('/van-ban/ke-hoach-763-kh-ubnd/');
    expect(text(f.get('Khen thưởng'))).toBe('Đề nghị: Bằng khen (giả định, dùng cho kiểm thử) — Đơn vị Mẫu X');
    expect(f.get('Thời điểm đạt thành tích')?.querySelector('time')?.getAttribute('datetime')).toBe('2024-06');
    expect(f.get('Ngày đăng')?.querySelector('time')?.getAttribute('datetime')).toBe('2024-07-15');
  });

  it('shows the figures with Vietnamese number formatting', () => {
    const values = [...doc().querySelectorAll('.story-figures__value')].map(text);
    expect(values).toEqual(['1,2 km đường bê tông', '350 ngày công']);
  });

  it('renders the cover and body pictures with their descriptions, the caption and the quote', () => {
    const d = doc();
    const cover = d.querySelector('.story-cover img')!;
    expect(cover.getAttribute('alt')).toBe('Ảnh minh hoạ giả định một con đường bê tông mới');
    expect(existsSync(join(dist, cover.getAttribute('src')!))).toBe(true);
    const figure = d.querySelector('.story-body figure.story-figure')!;
    expect(figure.querySelector('img')!.getAttribute('alt')).toBe('Đoàn viên Mẫu A đổ bê tông đoạn đường đầu thôn');
    expect(existsSync(join(dist, figure.querySelector('img')!.getAttribute('src')!))).toBe(true);
    expect(text(figure.querySelector('figcaption'))).toBe('Thi công đoạn đầu tiên (ảnh giả định)');
    expect(text(d.querySelector('.story-quote figcaption'))).toBe('— Chị Nguyễn Thị Mẫu, tổ trưởng công đoàn (nhân vật giả định)');
    expect(d.querySelectorAll('.story-body script, .story-body [onerror], .story-body iframe').length).toBe(0);
  });

  it('gives shared links the cover picture', () => {
    const head = doc().querySelector('head')!;
    const image = head.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
    expect(image).toMatch(/^https?:\/\/[^/]+\/_astro\/anh-bia\.[\w-]+\.jpg$/);
    expect(existsSync(join(dist, new URL(image).pathname))).toBe(true);
    expect(head.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe('Ảnh minh hoạ giả định một con đường bê tông mới');
  });

  it('names an individual in a cá nhân story', () => {
    const d = page('/cau-chuyen/mau-c-ca-nhan-sang-kien/');
    const f = new Map([...d.querySelectorAll('.story-facts dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(f.get('Họ và tên')).toBe('Trần Văn Mẫu');
    expect(f.get('Loại')).toBe('Cá nhân tiêu biểu');
  });
});

describe('stories elsewhere on the site', () => {
  it('shows the three newest on the home page', () => {
    const doc = page('/');
    expect(cards(doc)).toHaveLength(3);
    expect(text(doc.querySelector('a[href="/cau-chuyen/"]:not(nav *)'))).toBe(`Xem tất cả ${TOTAL} câu chuyện điển hình`);
  });

  it('shows the stories of a field on its page', () => {
    const doc = page('/noi-dung-thi-dua/tiet-kiem/');
    expect(cards(doc).length).toBeGreaterThan(0);
    expect(doc.querySelector('a[href="/cau-chuyen/linh-vuc/tiet-kiem/"]')).not.toBeNull();
  });

  it('links the list once from the sidebar and never lists stories there', () => {
    const doc = page('/cau-chuyen/mau-b-tiet-kiem-dien-van-phong/');
    const sidebar = [...doc.querySelectorAll('#starlight__sidebar a, nav.sidebar a')].map((a) => a.getAttribute('href'));
    expect(sidebar).toContain('/cau-chuyen/');
    expect(sidebar.filter((href) => href!.startsWith('/cau-chuyen/') && href !== '/cau-chuyen/')).toEqual([]);
  });

  it('has no broken internal link on any story page', () => {
    const broken: string[] = [];
    for (const file of globSync('cau-chuyen/**/index.html', { cwd: dist })) {
      const doc = parseHTML(readFileSync(join(dist, file), 'utf8')).document;
      for (const a of doc.querySelectorAll('a[href^="/"]')) {
        const [path] = a.getAttribute('href')!.split('#');
        const target = path!.endsWith('/') ? join(dist, path!, 'index.html') : join(dist, path!);
        if (!existsSync(target)) broken.push(`${file} → ${path}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('feeds', () => {
  it('publishes an RSS feed of the newest stories', () => {
    const xml = readFileSync(join(dist, 'cau-chuyen/rss.xml'), 'utf8');
    const doc = parseHTML(`<div>${xml.replace(/^<\?xml[^>]*>/, '')}</div>`).document;
    const items = [...doc.querySelectorAll('item')];
    expect(items).toHaveLength(TOTAL);
    expect(xml).toContain('<language>vi</language>');
    const titles = items.map((item) => text(item.querySelector('title')));
    expect(titles).toContain('LĐLĐ huyện Mẫu B tiết kiệm điện ở văn phòng');
    const dates = items.map((item) => Date.parse(text(item.querySelector('pubDate'))));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(xml).toContain('/cau-chuyen/mau-a-duong-be-tong-thon/');
  });

  it('exports every story as JSON open data', () => {
    const data = JSON.parse(readFileSync(join(dist, 'cau-chuyen/du-lieu.json'), 'utf8'));
    expect(data.version).toBe(1);
    expect(data.count).toBe(TOTAL);
    expect(data.stories).toHaveLength(TOTAL);
    const a = data.stories.find((s: { id: string }) => s.id === 'mau-a-duong-be-tong-thon');
    expect(a).toMatchObject({
      title: 'Công đoàn cơ sở Mẫu A góp ngày công làm đường bê tông thôn',
      kind: 'tập thể',
      unit: { name: 'Công đoàn cơ sở Mẫu A', level: 'công đoàn cơ sở' },
      locality: { id: 'dak-glei', name: 'Huyện Đắk Glei' },
      fields: [{ id: 'ha-tang', name: 'Phát triển kết cấu hạ tầng' }],
      items: ['ha-tang-4'],
      phase: { id: 'giai-doan-1', name: 'Giai đoạn 1' },
      achievedOn: '2024-06',
      publishedOn: '2024-07-15',
      figures: [
        { label: 'Đường bê tông hoàn thành', value: 1.2, unit: 'km đường bê tông' },
        { label: 'Ngày công đoàn viên đóng góp', value: 350, unit: 'ngày công' },
      ],
      commendation: { status: 'đề nghị', by: 'Đơn vị Mẫu X', date: null },
      directives: [{ id: 'ke-hoach-763-kh-ubnd' }],
      person: null,
    });
    expect(a.url).toMatch(/\/cau-chuyen\/mau-a-duong-be-tong-thon\/$/);
    expect(a.cover.alt).toBe('Ảnh minh hoạ giả định một con đường bê tông mới');
    expect(a.body).toContain('## Cách làm');
    const published = data.stories.map((s: { publishedOn: string }) => s.publishedOn);
    expect(published).toEqual([...published].sort().reverse());
  });
});

/**
 * The statistics pages on the same build: every number is recomputed here from the open data
 * (tests/support/statistics-expected.ts), and every link is followed to the stories it lists.
 */
describe('the statistics pages (/so-lieu/)', () => {
  const open = () => JSON.parse(readFileSync(join(dist, 'cau-chuyen/du-lieu.json'), 'utf8')).stories as OpenStory[];
  const variants = [{ path: '/so-lieu/', phase: undefined }, { path: '/so-lieu/giai-doan-1/', phase: 'giai-doan-1' }, { path: '/so-lieu/giai-doan-2/', phase: 'giai-doan-2' }];

  /** The story ids a list shows, over all its pages (card lists), or the search page finds. */
  function listedStories(href: string, ids: Set<string>): string[] {
    if (href.startsWith('/tim-kiem/')) return searchedStories(href);
    const found: string[] = [];
    for (let n = 1; ; n++) {
      const path = n === 1 ? href : `${href}trang/${n}/`;
      if (!existsSync(join(dist, path, 'index.html'))) break;
      const doc = page(path);
      for (const a of doc.querySelectorAll('main a[href^="/cau-chuyen/"]')) {
        const slug = /^\/cau-chuyen\/([^/]+)\/$/.exec(a.getAttribute('href')!)?.[1];
        if (slug && ids.has(slug) && !found.includes(slug)) found.push(slug);
      }
    }
    return found.sort();
  }

  /** Each indexed page's search filters (data-pagefind-filter="key:value"), by path. */
  let declared: Map<string, Set<string>> | undefined;
  function declaredFilters(): Map<string, Set<string>> {
    declared ??= new Map(
      globSync('**/index.html', { cwd: dist })
        .map((file) => [file, parseHTML(readFileSync(join(dist, file), 'utf8')).document as unknown as Document] as const)
        .filter(([, doc]) => doc.querySelector('[data-pagefind-body]'))
        .map(([file, doc]) => [file, new Set([...doc.querySelectorAll('[data-pagefind-filter]')].map((el) => el.getAttribute('data-pagefind-filter')!))]),
    );
    return declared;
  }

  /**
   * The pages the search page finds for a filtered address, as Pagefind selects them: every key
   * of the address matched by a filter the page declares. Story pages by id; any other page by
   * its file, so a link that also finds other pages fails.
   */
  function searchedStories(href: string): string[] {
    const url = new URL(href, 'https://example.invalid');
    expect(url.pathname).toBe('/tim-kiem/');
    const wanted = [...url.searchParams].map(([key, value]) => `${key}:${value}`);
    return [...declaredFilters()]
      .filter(([, filters]) => wanted.every((filter) => filters.has(filter)))
      .map(([file]) => /^cau-chuyen\/([^/]+)\/index\.html$/.exec(file)?.[1] ?? file)
      .sort();
  }

  it('has synthetic stories of both phases, old and new localities, figures with and without indicators', () => {
    const stories = open();
    expect(new Set(stories.map((s) => s.phase.id))).toEqual(new Set(['giai-doan-1', 'giai-doan-2']));
    expect(stories.some((s) => s.locality.id === 'dak-glei' || s.locality.id === 'toan-tinh')).toBe(true);
    expect(stories.some((s) => ['tinh-quang-ngai', 'xa-mau-mot', 'phuong-mau-hai'].includes(s.locality.id))).toBe(true);
    const figures = stories.flatMap((s) => s.figures);
    expect(figures.some((f) => f.indicator)).toBe(true);
    expect(figures.some((f) => !f.indicator)).toBe(true);
  });

  it.each(variants)('$path: every number equals the one recomputed from du-lieu.json and links to exactly its stories', ({ path, phase }) => {
    const all = open();
    const stories = all.filter((s) => !phase || s.phase.id === phase);
    const ids = new Set(all.map((s) => s.id));
    const doc = page(path);
    const headline = new Map([...doc.querySelectorAll('.stat-headline > div')].map((d) => [text(d.querySelector('dt')), d.querySelector('dd')!]));
    const number = (label: string) => parseVietnameseNumber(text(headline.get(label)));
    expect(number('Câu chuyện điển hình')).toBe(stories.length);
    expect(number('Tập thể tiêu biểu')).toBe(stories.filter((s) => s.kind === 'tập thể').length);
    expect(number('Cá nhân tiêu biểu')).toBe(stories.filter((s) => s.kind === 'cá nhân').length);
    expect(number('Địa bàn có câu chuyện')).toBe(new Set(stories.map((s) => s.locality.id)).size);
    expect(number('Được đề nghị khen thưởng')).toBe(stories.filter((s) => s.commendation?.status === 'đề nghị').length);
    expect(number('Đã nhận khen thưởng')).toBe(stories.filter((s) => s.commendation?.status === 'đã nhận').length);
    const storiesLink = headline.get('Câu chuyện điển hình')!.querySelector('a')!.getAttribute('href')!;
    expect(listedStories(storiesLink, ids)).toEqual(stories.map((s) => s.id).sort());
    for (const label of ['Tập thể tiêu biểu', 'Cá nhân tiêu biểu', 'Được đề nghị khen thưởng', 'Đã nhận khen thưởng']) {
      const href = headline.get(label)!.querySelector('a')?.getAttribute('href');
      if (number(label) === 0) expect(href, label).toBeUndefined();
      else expect(listedStories(href!, ids), label).toEqual(expectedList(href!, all, phase).sort());
      if (href) expect(number(label), label).toBe(expectedList(href, all, phase).length);
    }

    // Each chart's table: linked counts list exactly their stories, and the counts add up to the
    // memberships recomputed from the open data (so unlinked zeros are right too).
    const segments: Record<string, string> = { 'linh-vuc': 'linh-vuc', muc: 'muc', 'dia-ban': 'dia-ban', quy: 'quy', 'khen-thuong': 'khen-thuong' };
    for (const [chart, segment] of Object.entries(segments)) {
      const section = doc.querySelector(`section[aria-labelledby="${chart}-tieu-de"]`)!;
      expect(section, chart).not.toBeNull();
      let sum = 0;
      for (const cell of section.querySelectorAll('tbody td')) {
        const count = parseVietnameseNumber(text(cell));
        sum += count;
        const a = cell.querySelector('a');
        if (count === 0) expect(a).toBeNull();
        else expect(listedStories(a!.getAttribute('href')!, ids), `${chart} ${a!.getAttribute('href')}`).toEqual(expectedList(a!.getAttribute('href')!, all, phase).sort());
        if (a) expect(count).toBe(expectedList(a.getAttribute('href')!, all, phase).length);
      }
      expect(sum, chart).toBe(stories.reduce((n, s) => n + valuesUnder(segment, s).length, 0));
    }

    // Indicators: the total and the number of stories behind each.
    const rows = [...doc.querySelectorAll('section[aria-labelledby="chi-tieu-tieu-de"] tbody tr')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cells = row.querySelectorAll('td');
      const link = cells[2]!.querySelector('a');
      const href = link?.getAttribute('href');
      const within = href ? expectedList(href, all, phase) : [];
      if (href) {
        expect(listedStories(href, ids)).toEqual([...within].sort());
        expect(cells[0]!.querySelector('a')?.getAttribute('href')).toBe(href);
        const label = new URL(href, 'https://example.invalid').searchParams.get('chi-tieu')!;
        expect(label).toBe(asFilter(text(row.querySelector('th'))));
        expect(parseVietnameseNumber(text(cells[0]))).toBe(sumOf(stories, idsByLabel()['chi-tieu'].get(label)!));
      }
      expect(parseVietnameseNumber(text(cells[2]))).toBe(within.length);
    }
    const figures = stories.flatMap((s) => s.figures);
    expect(text(doc.querySelector('section[aria-labelledby="chi-tieu-tieu-de"]'))).toContain(
      `${figures.filter((f) => !f.indicator).length} số liệu không gắn với chỉ tiêu nào`,
    );
  });

  it('draws each chart as well-formed SVG, named and described, with no colour, style or script inside', () => {
    for (const { path } of variants) {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const svgs = html.match(/<svg[^>]*class="chart [\s\S]*?<\/svg>/g) ?? [];
      expect(svgs, path).toHaveLength(5);
      for (const svg of svgs) {
        const parser = new SaxesParser({ xmlns: true });
        const errors: string[] = [];
        parser.on('error', (e) => errors.push(e.message));
        parser.write(svg).close();
        expect(errors, path).toEqual([]);
        expect(svg).toMatch(/role="img"/);
        expect(svg).not.toMatch(/<style|style=|<script|font-variant=|#[0-9a-f]{3,6}\b|rgb\(/i);
        const doc = page(path);
        const [labelledBy, describedBy] = [/aria-labelledby="([^"]+)"/.exec(svg)![1]!, /aria-describedby="([^"]+)"/.exec(svg)![1]!];
        expect(text(doc.getElementById(labelledBy))).not.toBe('');
        expect(text(doc.getElementById(describedBy))).not.toBe('');
      }
      expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")[^>]*>[^<]*(?:Plot|d3)/);
    }
  });

  it('exports one CSV row per story × figure, UTF-8 with a BOM, and a workbook of the page\'s tables that the CSV adds up to', async () => {
    const stories = open();
    const bytes = readFileSync(join(dist, 'so-lieu/so-lieu.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv: string[][] = parseCsv(bytes, { bom: true });
    const [header, ...rows] = csv;
    expect(header![0]).toBe('Mã câu chuyện');
    expect(rows).toHaveLength(stories.reduce((n, s) => n + Math.max(1, s.figures.length), 0));
    const col = (name: string) => header!.indexOf(name);
    for (const story of stories) {
      const mine = rows.filter((r) => r[0] === story.id);
      expect(mine.map((r) => r[col('Giá trị')])).toEqual(story.figures.length ? story.figures.map((f) => String(f.value)) : ['']);
      expect(mine.every((r) => r[col('Địa bàn (lúc đạt thành tích)')] === story.locality.name)).toBe(true);
    }

    // The workbook holds the page's tables: each count is recomputed from the CSV's rows, for the
    // campaign and for each phase.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(join(dist, 'so-lieu/so-lieu.xlsx'))).buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Theo nội dung', 'Theo mục', 'Theo địa bàn', 'Theo quý', 'Tập thể, cá nhân', 'Khen thưởng', 'Chỉ tiêu']);
    const sheetRows = (name: string) =>
      // Rows and cells are sparse arrays (1-based, holes for empty cells): Array.from fills the holes.
      book.getWorksheet(name)!.getSheetValues().slice(1).map((r) => Array.from((r as unknown[]).slice(1), (v) => (v === undefined || v === null ? '' : v)));
    const phases = [...new Set(rows.map((r) => r[col('Giai đoạn')]!))].sort();
    const scopes: Array<(r: string[]) => boolean> = [() => true, ...phases.map((p) => (r: string[]) => r[col('Giai đoạn')] === p)];
    const storiesWhere = (scope: (r: string[]) => boolean, has: (r: string[]) => boolean) => new Set(rows.filter((r) => scope(r) && has(r)).map((r) => r[0])).size;
    const itemLabel = new Map([...idsByLabel().muc].map(([label, id]) => [id, label]));
    const lower = (v: unknown) => String(v).toLocaleLowerCase('vi');
    const byLabel: Record<string, (r: string[], label: unknown) => boolean> = {
      'Theo nội dung': (r, label) => r[col('Nội dung thi đua')]!.split('; ').includes(String(label)),
      'Theo mục': (r, label) => r[col('Mục')]!.split('; ').some((id) => itemLabel.get(id) === label),
      'Theo địa bàn': (r, label) => r[col('Địa bàn (lúc đạt thành tích)')] === label,
      'Theo quý': (r, label) => r[col('Quý')] === label,
      'Tập thể, cá nhân': (r, label) => r[col('Tập thể/cá nhân')] === lower(label),
      'Khen thưởng': (r, label) => r[col('Khen thưởng')] === lower(label),
    };
    for (const [name, has] of Object.entries(byLabel)) {
      const [heading, ...table] = sheetRows(name);
      expect(heading!.length, name).toBe(1 + scopes.length);
      expect(table.length, name).toBeGreaterThan(0);
      for (const [label, ...counts] of table) expect(counts, `${name}: ${label}`).toEqual(scopes.map((scope) => storiesWhere(scope, (r) => has(r, label))));
    }
    const [, ...indicators] = sheetRows('Chỉ tiêu');
    expect(indicators.length).toBeGreaterThan(0);
    for (const [label, unit, aggregate, ...values] of indicators) {
      const expected = scopes.flatMap((scope) => {
        const mine = rows.filter((r) => scope(r) && r[col('Chỉ tiêu')] === label);
        expect(mine.every((r) => r[col('Đơn vị tính')] === unit)).toBe(true);
        const total = aggregate === 'đếm' ? mine.length : Math.round(mine.reduce((sum, r) => sum + Number(r[col('Giá trị')]), 0) * 1e6) / 1e6;
        return [total, new Set(mine.map((r) => r[0])).size];
      });
      expect(values, String(label)).toEqual(expected);
    }
  });
});
