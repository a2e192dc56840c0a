import { spawnSync } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/stories/listing.ts';
import { NODE, ROOT, TEST_BUILD_DATE } from '../support/paths.ts';
import { copyStories, FIXTURES, projectCopy } from '../support/projects.ts';

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
