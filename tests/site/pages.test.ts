import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPages, loadPage, normalizeText, visibleText } from '../support/html.ts';
import { readEntries } from '../../src/lib/content/load-content.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { resolveBuildDate } from '../../src/lib/build-date.ts';
import { campaignState } from '../../src/lib/phases.ts';
import { routes } from '../../src/lib/routes.ts';
import { ROOT, SITE_DIR, TEST_BUILD_DATE } from '../support/paths.ts';

// Starlight's English UI strings, read from the installed package so new ones are covered too.
const englishModule = new URL('../../node_modules/@astrojs/starlight/dist/translations/en.js', import.meta.url).href;
const en = ((await import(englishModule)) as { default: Record<string, string> }).default;

const pages = allPages();

describe('every built page', () => {
  it('exists for each route of the foundation', () => {
    const paths = pages.map((p) => p.path);
    for (const path of [
      '/',
      '/huong-dan/',
      '/giai-doan/',
      '/noi-dung-thi-dua/',
      '/noi-dung-thi-dua/ha-tang/',
      '/noi-dung-thi-dua/tiet-kiem/',
      '/trach-nhiem/',
      '/van-ban/',
      '/van-ban/ke-hoach-763-kh-ubnd/',
      '/van-ban/huong-dan-04-hd-ldld/',
      '/gioi-thieu/',
      '/404.html',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it.each(pages.map((p) => [p.path, p.document] as const))('%s is <html lang="vi">', (_path, document) => {
    expect(document.documentElement.getAttribute('lang')).toBe('vi');
  });

  // Starlight's English UI strings and Pagefind's English defaults: none may reach a reader,
  // as text or as an accessible name.
  const englishStrings = [
    ...Object.values(en)
      .filter((s) => !['Ctrl', 'Menu'].includes(s))
      .map((s) => s.split(/[{\n]/)[0]!.trim())
      .filter((s) => s.length > 3),
    'Clear',
    'Load more results',
    'Search this site',
    'Filters',
    'No results for',
    'results for',
    'Searching for',
  ];

  it.each(pages.map((p) => [p.path, p.document] as const))('%s shows no English interface string', (_path, document) => {
    const body = document.body;
    const texts = [normalizeText(body.textContent ?? '')];
    for (const element of body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    for (const element of body.querySelectorAll('[data-translations]')) {
      texts.push(...Object.values(JSON.parse(element.getAttribute('data-translations')!) as Record<string, string>));
    }
    const found = englishStrings.filter((english) =>
      texts.some((text) => new RegExp(`(^|[^\\p{L}])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text)),
    );
    expect(found).toEqual([]);
  });

  it('labels the search button with its visible Vietnamese text', () => {
    const button = loadPage('/').querySelector('site-search button, button[data-open-modal]');
    expect(normalizeText(button?.textContent ?? '')).toContain('Tìm kiếm');
  });
});

describe('the home page', () => {
  const home = loadPage('/');
  const text = normalizeText(home.querySelector('main')!.textContent ?? '');

  it('names the campaign and says which phase we are in, from the build date', () => {
    expect(home.querySelector('h1')?.textContent).toContain('Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí');
    expect(text).toContain('Tính theo ngày cập nhật trang: 25/11/2026');
    expect(text).toContain('Đang ở Giai đoạn 2 (2026–2030)');
    expect(text).toContain('Giai đoạn 2: đã qua khoảng 18% thời gian');
  });

  it("opens with the campaign band: its name as the page's one heading, its years, issuer and current phase from content", () => {
    const content = readEntries(ROOT, ['guidanceDocument', 'phases']);
    const doc = content.list('guidanceDocument')[0]!.data;
    // The phase the content's dates put the test build's day in, by the site's one date logic.
    const state = campaignState(
      content.list('phases').map((p) => ({ id: p.id, start: p.data.start, end: p.data.end, name: p.data.name })),
      resolveBuildDate({ BUILD_DATE: TEST_BUILD_DATE }),
    );
    if (state.state !== 'during') throw new Error(`The test build date ${TEST_BUILD_DATE} should fall inside a phase`);
    const band = home.querySelector('main [data-campaign-band]')!;
    expect(band, 'the band').not.toBeNull();
    // First in <main>, before any other content.
    expect(home.querySelector('main h1, main [data-campaign-band]')).toBe(band);
    expect(home.querySelectorAll('h1')).toHaveLength(1);
    expect(normalizeText(band.querySelector('h1')!.textContent ?? '')).toBe(`${ui.home.kicker} “${doc.campaign.name}”`);
    const bandText = normalizeText(band.textContent ?? '');
    expect(bandText).toContain(`${doc.campaign.startYear}–${doc.campaign.endYear}`);
    expect(bandText).toContain(doc.issuer);
    const phase = normalizeText(band.querySelector('[data-campaign-phase]')?.textContent ?? '');
    expect(phase).toContain(state.phase.name);
    expect(phase).toContain(`(${state.phase.start.year}–${state.phase.end.year})`);
    expect(band.querySelector(`[data-campaign-phase] a[href="${routes.phases(state.phase.id)}"]`)).not.toBeNull();
    expect(band.querySelector(`a.button[href="${routes.guidance()}"]`)?.textContent).toBe(ui.home.readGuidance);
  });


  it('shows the next milestone with its source precision and a countdown', () => {
    expect(text).toContain('Mốc tiếp theo: 28/07/2029 — Kỷ niệm 100 năm ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2029) (còn 976 ngày)');
    expect(home.querySelector('time[datetime="2029-07-28"]')).not.toBeNull();
  });
});

describe('the phases page', () => {
  const page = loadPage('/giai-doan/');
  it('marks phase 1 as past, phase 2 as current, and keeps milestone precision', () => {
    expect(visibleText(page.querySelector('#giai-doan-1 h2')!)).toBe('Giai đoạn 1: 2022–2025 Đã qua');
    expect(visibleText(page.querySelector('#giai-doan-2 h2')!)).toBe('Giai đoạn 2: 2026–2030 Đang diễn ra');
    expect(visibleText(page.querySelector('#ban-hanh-huong-dan')!)).toContain('Quý II/2023 — Ban hành hướng dẫn');
    expect(visibleText(page.querySelector('#so-ket-giai-doan-1')!)).toContain('năm 2025 —');
    expect(page.querySelector('#ky-niem-100-nam-dang-cong-san-viet-nam time')?.getAttribute('datetime')).toBe('2030-02-03');
  });

  it('says which day the statuses are computed for', () => {
    expect(normalizeText(page.querySelector('main p')!.textContent ?? '')).toContain('tính theo ngày trang được cập nhật: 25/11/2026.');
  });

  it('links footnote markers to the footnote on the guidance page', () => {
    expect(page.querySelector('sup.fnref a')?.getAttribute('href')).toBe('/huong-dan/#chu-thich-1');
  });
});

describe('directive pages', () => {
  it('show the legal-document fields, "not in the source" for unknown ones, and who cites them', () => {
    const plan = loadPage('/van-ban/ke-hoach-763-kh-ubnd/');
    const facts = Object.fromEntries(
      [...plan.querySelectorAll('dl.facts dt')].map((dt) => [dt.textContent, normalizeText(dt.nextElementSibling?.textContent ?? '')]),
    );
    expect(facts['Số, ký hiệu']).toBe('763/KH-UBND');
    expect(facts['Loại văn bản']).toBe('Kế hoạch');
    expect(facts['Ngày ban hành']).toBe('21/03/2023');
    expect(facts['Cơ quan ban hành']).toBe('Ủy ban nhân dân tỉnh Kon Tum');
    const citedIn = [...plan.querySelectorAll('#duoc-trich-dan + ul > li > a')].map((a) => a.getAttribute('href'));
    expect(citedIn).toEqual(['/huong-dan/#mo-dau-1']);

    const resolution = loadPage('/van-ban/nghi-quyet-dai-hoi-xvi-dang-bo-tinh/');
    const resolutionFacts = [...resolution.querySelectorAll('dl.facts dd')].map((dd) => normalizeText(dd.textContent ?? ''));
    expect(resolutionFacts.filter((t) => t === 'Không ghi trong văn bản gốc')).toHaveLength(3);
    const cited = [...resolution.querySelectorAll('#duoc-trich-dan + ul > li > a')].map((a) => a.getAttribute('href'));
    expect(cited).toEqual(['/huong-dan/#muc-dich-yeu-cau-1', '/huong-dan/#tiet-kiem-3', '/huong-dan/#ldld-huyen-1']);
  });

  it('every directive in the index links to its page, and every footnote directive is cited from the footnote', () => {
    const index = loadPage('/van-ban/');
    const links = [...index.querySelectorAll('.doc-list h2 a')].map((a) => a.getAttribute('href'));
    // The eight the guidance cites and the two 2025 resolutions on the reorganisation.
    expect(links).toHaveLength(10);
    const hd04 = loadPage('/van-ban/huong-dan-04-hd-ldld/');
    expect([...hd04.querySelectorAll('#duoc-trich-dan + ul > li > a')].map((a) => a.getAttribute('href'))).toEqual(['/huong-dan/#chu-thich-1-3']);
  });
});

describe('printing the guidance', () => {
  it('ships a print stylesheet that hides navigation and keeps the text', () => {
    const page = loadPage('/huong-dan/');
    const css = [...page.querySelectorAll('link[rel="stylesheet"]')]
      .map((link) => readFileSync(join(SITE_DIR, link.getAttribute('href')!), 'utf8'))
      .join('\n');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toContain('@media print');
    expect(print).toMatch(/\.doc-toc/);
    expect(print).toMatch(/nav\.sidebar/);
  });
});

describe('the responsibilities page', () => {
  it('lists the three bodies under their headings with the source numbering', () => {
    const page = loadPage('/trach-nhiem/');
    const headings = [...page.querySelectorAll('main h2, main h3')].map((h) => visibleText(h)).filter((t) => /^\d/.test(t));
    expect(headings).toEqual([
      '1. LĐLĐ các huyện, thành phố, Công đoàn ngành và tương đương',
      '2. Liên đoàn Lao động tỉnh',
      '2.1. Ban Chính sách Pháp luật và Quan hệ Lao động',
      '3.2 Ban Tuyên giáo – Nữ công',
    ]);
  });
});
