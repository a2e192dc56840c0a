import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, newPhonePage, siteURL } from './support/browser.ts';
import { openSearchDialog, PAGE_PANEL, readResults, typeQuery } from './support/search.ts';

/** [query as typed, page expected among the first three results] */
const FINDS: Array<[string, string]> = [
  // Without accents: đ typed as d must still match.
  ['cong doan', '/van-ban/nghi-quyet-dai-hoi-xii-cong-doan-viet-nam/'],
  ['tiet kiem', '/noi-dung-thi-dua/tiet-kiem/'],
  ['ha tang', '/noi-dung-thi-dua/ha-tang/'],
  ['chong lang phi', '/noi-dung-thi-dua/tiet-kiem/'],
  ['trach nhiem thuc hien', '/trach-nhiem/'],
  ['moc thoi gian', '/giai-doan/'],
  ['van ban lien quan', '/van-ban/'],
  ['uy ban nhan dan', '/van-ban/ke-hoach-763-kh-ubnd/'],
  ['nguyen dinh khang', '/van-ban/phat-dong-tong-lien-doan-07-4-2023/'],
  ['lao dong gioi lao dong sang tao', '/noi-dung-thi-dua/ha-tang/'],
  // đ words typed with a plain d.
  ['dang bo', '/van-ban/nghi-quyet-dai-hoi-xvi-dang-bo-tinh/'],
  ['dang', '/van-ban/nghi-quyet-dai-hoi-xvi-dang-bo-tinh/'],
  ['duong giao thong', '/noi-dung-thi-dua/ha-tang/'],
  ['doan vien nguoi lao dong', '/noi-dung-thi-dua/ha-tang/'],
  ['dong bo hien dai', '/'],
  ['dai hoi dang bo', '/van-ban/nghi-quyet-dai-hoi-xvi-dang-bo-tinh/'],
  ['mai am cong doan', '/van-ban/huong-dan-04-hd-ldld/'],
  ['dang ky', '/van-ban/huong-dan-02-hd-ldld/'],
  // Partly accented.
  ['công doan viet nam', '/van-ban/nghi-quyet-dai-hoi-xii-cong-doan-viet-nam/'],
  ['tiết kiem', '/noi-dung-thi-dua/tiet-kiem/'],
  ['dai hội đảng', '/van-ban/nghi-quyet-dai-hoi-xvi-dang-bo-tinh/'],
  ['giai đoan', '/giai-doan/'],
  // Fully accented.
  ['Công đoàn Việt Nam', '/van-ban/nghi-quyet-dai-hoi-xii-cong-doan-viet-nam/'],
  ['Đảng bộ tỉnh', '/van-ban/nghi-quyet-dai-hoi-xvi-dang-bo-tinh/'],
  ['thực hành tiết kiệm', '/noi-dung-thi-dua/tiet-kiem/'],
  ['Mái ấm Công đoàn', '/van-ban/huong-dan-04-hd-ldld/'],
  ['Ủy ban nhân dân', '/van-ban/ke-hoach-763-kh-ubnd/'],
  ['đường giao thông', '/noi-dung-thi-dua/ha-tang/'],
  // Directive numbers as people type them.
  ['763', '/van-ban/ke-hoach-763-kh-ubnd/'],
  ['763/KH-UBND', '/van-ban/ke-hoach-763-kh-ubnd/'],
  ['763/kh-ubnd', '/van-ban/ke-hoach-763-kh-ubnd/'],
  ['KH-UBND', '/van-ban/ke-hoach-763-kh-ubnd/'],
  ['04/HD-LĐLĐ', '/van-ban/huong-dan-04-hd-ldld/'],
  ['04/HD-LDLD', '/van-ban/huong-dan-04-hd-ldld/'],
  ['04/hd-ldld', '/van-ban/huong-dan-04-hd-ldld/'],
  ['02/HD-LDLD', '/van-ban/huong-dan-02-hd-ldld/'],
  ['25/HD-LĐLĐ', '/van-ban/huong-dan-25-hd-ldld/'],
  ['KH-UBND 763', '/van-ban/ke-hoach-763-kh-ubnd/'],
  ['ke hoach 763', '/van-ban/ke-hoach-763-kh-ubnd/'],
  ['dai hoi XII', '/van-ban/nghi-quyet-dai-hoi-xii-cong-doan-viet-nam/'],
  // Multi-word phrases.
  ['phong trào thi đua yêu nước', '/huong-dan/'],
  ['sơ kết đánh giá rút kinh nghiệm', '/giai-doan/'],
  ['Ban Tuyên giáo', '/trach-nhiem/'],
  ['tiet kiem dien nuoc', '/noi-dung-thi-dua/tiet-kiem/'],
];

/**
 * Phrases readers type from memory (issue 16), 4–7 words, with and without accents: [query, a
 * passage that must stand in the excerpts of the first three results]. The passage shows the
 * reader why the page matched, so it must be the place where the words stand, not the page's
 * first heading.
 */
const PASSAGES: Array<[string, string]> = [
  ['dai hoi XIII cong doan viet nam', 'XIII Công đoàn Việt Nam'],
  ['cong trinh san pham phan viec', 'công trình, sản phẩm, phần việc'],
  ['so ket danh gia giai doan 1', 'Sơ kết, đánh giá, rút kinh nghiệm giai đoạn 1'],
  ['tap the ca nhan tieu bieu', 'tập thể, cá nhân tiêu biểu'],
  ['mái ấm công đoàn chào mừng', 'Mái ấm Công đoàn'],
  ['100 nam ngay thanh lap dang', '100 năm ngày thành lập Đảng'],
  ['ung dung khoa hoc ky thuat', 'ứng dụng khoa học kỹ thuật'],
  ['sáng kiến cải tiến kỹ thuật', 'sáng kiến cải tiến kỹ thuật'],
  ['cai cach hanh chinh chuyen doi so', 'cải cách hành chính, chuyển đổi số'],
  ['quản lý sử dụng tài sản', 'quản lý sử dụng tài sản nhà nước'],
  ['khu vuc ngoai nha nuoc', 'khu vực ngoài nhà nước'],
  ['giai phong mat bang', 'giải phóng mặt bằng'],
  ['bien doi khi hau', 'biến đổi khí hậu'],
  ['nang suat lao dong rut ngan', 'năng suất lao động, rút ngắn thời gian'],
  ['giam sat va phan bien xa hoi', 'giám sát và phản biện xã hội'],
  ['theo doi don doc cac cap', 'Theo dõi, đôn đốc các cấp Công đoàn'],
  ['Ban Chinh sach Phap luat', 'Ban Chính sách Pháp luật'],
  ['huy dong su dong gop nguon luc', 'Huy động sự đóng góp'],
  ['xây dựng nông thôn mới', 'xây dựng nông thôn mới'],
  ['tổng kết vào năm 2030', 'tổng kết vào năm 2030'],
  ['than thien voi moi truong', 'thân thiện với môi trường'],
  ['an sinh xa hoi nang cao', 'an sinh xã hội; nâng cao nhận thức'],
  ['ngan ngua phong chong lang phi', 'ngăn ngừa, phòng chống lãng phí'],
  ['dang ky cong nhan cong trinh', 'đăng ký, công nhận công trình, sản phẩm'],
  ['thẩm định phê duyệt dự toán', 'thẩm định, phê duyệt dự toán, quyết toán'],
  ['thiet thuc lap thanh tich chao mung', 'Thiết thực lập thành tích chào mừng'],
  ['tiết kiem trong to chuc', 'tiết kiệm trong tổ chức các sự kiện'],
  ['khai thác chế biến tài nguyên', 'chế biến tài nguyên'],
];

/** The directive-number forms that must find only their own document first. */
const FIRST: Array<[string, string]> = [
  ['763/KH-UBND', '/van-ban/ke-hoach-763-kh-ubnd/'],
  ['04/HD-LDLD', '/van-ban/huong-dan-04-hd-ldld/'],
  ['04/HD-LĐLĐ', '/van-ban/huong-dan-04-hd-ldld/'],
  ['02/HD-LĐLĐ', '/van-ban/huong-dan-02-hd-ldld/'],
  ['đảng', '/van-ban/nghi-quyet-dai-hoi-xvi-dang-bo-tinh/'],
];

/** Queries where every word occurs nowhere: the answer must be "no results", not a guess. */
const NOTHING = ['xyzqq', 'bitcoin', 'duongsat', 'xyzqq zzzz'];

/** Queries where one word occurs nowhere: it is dropped, named, and the others searched. */
const DROPPED: Array<[string, string, string]> = [
  ['cong doan xyzqq', 'xyzqq', '/van-ban/nghi-quyet-dai-hoi-xii-cong-doan-viet-nam/'],
  ['tiet kiem zzzz', 'zzzz', '/noi-dung-thi-dua/tiet-kiem/'],
  ['KH-UBND 999', '999', '/van-ban/ke-hoach-763-kh-ubnd/'],
];

/** Every excerpt of the first three results, as text. */
async function firstExcerpts(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('dialog[data-search-dialog] .search-result')]
      .slice(0, 3)
      .flatMap((item) => [...item.querySelectorAll('.search-result-excerpt')].map((p) => p.textContent ?? ''))
      .join(' | '),
  );
}

let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ context, page } = await newPhonePage());
  await page.goto(siteURL('/'));
  await openSearchDialog(page);
});

afterAll(async () => {
  await context?.close();
  await closeBrowser();
});

describe('search dialog, typing into the real search box', () => {
  it(`finds the expected page in the first three results (${FINDS.length} queries)`, async () => {
    const misses: string[] = [];
    for (const [query, expected] of FINDS) {
      const { urls } = await typeQuery(page, query);
      if (!urls.slice(0, 3).includes(expected)) misses.push(`${query} → ${urls.slice(0, 3).join(', ') || '(nothing)'}; expected ${expected}`);
    }
    expect(misses).toEqual([]);
  });

  it(`shows the passage where the words stand for phrases of 4–7 words (${PASSAGES.length} queries)`, async () => {
    const misses: string[] = [];
    for (const [query, passage] of PASSAGES) {
      expect(query.split(' ').length).toBeGreaterThanOrEqual(4);
      expect(query.split(' ').length).toBeLessThanOrEqual(7);
      await typeQuery(page, query);
      const shown = await firstExcerpts(page);
      if (!shown.toLowerCase().includes(passage.toLowerCase())) misses.push(`${query} → ${shown}; expected “${passage}”`);
    }
    expect(misses).toEqual([]);
  });

  it('matches finished words whole, in highlights too: "ca" is not "các", "the" is not "theo"', async () => {
    const { excerpts } = await typeQuery(page, 'khen thuong kip thoi tap the ca nhan tieu bieu');
    expect(excerpts[0]).toContain('<mark>tập</mark> <mark>thể,</mark> <mark>cá</mark> <mark>nhân</mark> <mark>tiêu</mark> <mark>biểu</mark>');
    const marked = await page.evaluate(() => [...document.querySelectorAll('dialog[data-search-dialog] .search-results mark')].map((m) => m.textContent!.toLowerCase()));
    expect(marked.filter((word) => /^(các|cấp|cao|theo|thế giới)\b/.test(word))).toEqual([]);
  });

  it.each(FIRST)('ranks the exact document first for %s', async (query, expected) => {
    const { urls } = await typeQuery(page, query);
    expect(urls[0]).toBe(expected);
  });

  it.each(NOTHING)('finds nothing for %s', async (query) => {
    const { urls, status } = await typeQuery(page, query);
    expect(urls).toEqual([]);
    expect(status.startsWith(`Không có kết quả nào cho “${query}”`)).toBe(true);
  });

  it('names every word when none matched anything', async () => {
    const { urls, status } = await typeQuery(page, 'xyzqq zzzz');
    expect(urls).toEqual([]);
    expect(status).toBe('Không có kết quả nào cho “xyzqq zzzz”: không trang nào có từ “xyzqq”, “zzzz”. Hãy kiểm tra chính tả hoặc bỏ bớt từ.');
  });

  it.each(DROPPED)('drops the word that matched nothing in %s, with a visible note naming it', async (query, word, expected) => {
    const { urls, status } = await typeQuery(page, query);
    expect(urls.slice(0, 3)).toContain(expected);
    const note = page.locator('dialog[data-search-dialog] [data-search-status] .search-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toBe(`Không tìm thấy “${word}”, đang hiện kết quả cho các từ còn lại.`);
    expect(status).toMatch(/^\d+ kết quả cho /);
  });

  it('shows the original text with đ and highlights, never the index form ď', async () => {
    const { titles, excerpts, status } = await typeQuery(page, 'cong doan');
    expect(status).toMatch(/^\d+ kết quả cho “cong doan”\.$/);
    expect(titles[0]).toBe('Nghị quyết Đại hội XII Công đoàn Việt Nam');
    expect(excerpts[0]).toContain('<mark>Công</mark> <mark>đoàn</mark>');
    const shown = await page.locator('dialog[data-search-dialog]').innerText();
    expect(shown).not.toMatch(/[ďĎ]/);
  });

  it('ranks a page where the words stand together above one that only has them apart', async () => {
    const { urls, excerpts } = await typeQuery(page, 'dai hoi dang bo');
    expect(urls[0]).toBe('/van-ban/nghi-quyet-dai-hoi-xvi-dang-bo-tinh/');
    expect(excerpts[0]).toContain('<mark>Đại</mark> <mark>hội</mark> <mark>Đảng</mark> <mark>bộ</mark>');
  });

  it('links to the search page with the query', async () => {
    await typeQuery(page, 'tiet kiem');
    const href = await page.locator('dialog[data-search-dialog] [data-search-page-link]').getAttribute('href');
    expect(new URL(href!, siteURL('/')).pathname + new URL(href!, siteURL('/')).search).toBe('/tim-kiem/?q=tiet+kiem');
  });
});

describe('search dialog: loading, keyboard and labels', () => {
  it('requests nothing for search until the first sign of intent', async () => {
    const { context, page } = await newPhonePage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(siteURL('/huong-dan/'), { waitUntil: 'networkidle' });
    expect(requested.filter((path) => /pagefind|_search/.test(path))).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[data-search-dialog][open]');
    await page.waitForFunction(() => document.activeElement?.matches('[data-search-input]'));
    await expect.poll(() => requested.includes('/pagefind/pagefind.js'), { timeout: 10_000 }).toBe(true);
    expect(requested.some((path) => path.startsWith('/_search/ui.'))).toBe(true);
    await context.close();
  });

  it('starts loading when the pointer reaches the search button, before it is pressed', async () => {
    const { context, page } = await newPhonePage({ isMobile: false, hasTouch: false, viewport: { width: 1280, height: 800 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(siteURL('/giai-doan/'), { waitUntil: 'networkidle' });
    expect(requested.filter((path) => /pagefind|_search/.test(path))).toEqual([]);
    await page.hover('button[data-open-modal]');
    await expect.poll(() => requested.includes('/pagefind/pagefind.js'), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('dialog[data-search-dialog]').isVisible()).toBe(false);
    await context.close();
  });

  it('opens with "/" and Ctrl+K, closes with Escape and returns focus to the button', async () => {
    const { context, page } = await newPhonePage({ isMobile: false, hasTouch: false, viewport: { width: 1280, height: 800 } });
    await page.goto(siteURL('/giai-doan/'));
    await page.keyboard.press('/');
    await page.waitForSelector('dialog[data-search-dialog][open]');
    // Focus moves once the lazily loaded UI is ready; wait for it rather than race it.
    await page.waitForFunction(() => document.activeElement?.matches('[data-search-input]'), null, { timeout: 5_000 });
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[data-search-dialog]', { state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.matches('button[data-open-modal]'), null, { timeout: 5_000 });
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[data-search-dialog][open]');
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[data-search-dialog]', { state: 'hidden' });
    await context.close();
  });

  it('names the button by its visible text and labels everything in Vietnamese', async () => {
    const { context, page } = await newPhonePage({ isMobile: false, hasTouch: false, viewport: { width: 1280, height: 800 } });
    await page.goto(siteURL('/'));
    const button = page.locator('button[data-open-modal]');
    expect(await button.getAttribute('aria-label')).toBeNull();
    expect((await button.innerText()).split('\n')[0]).toBe('Tìm kiếm');
    const snapshot = await button.ariaSnapshot();
    expect(snapshot).toContain('button "Tìm kiếm"');
    await button.click();
    const dialog = page.locator('dialog[data-search-dialog]');
    expect(await dialog.getAttribute('aria-label')).toBe('Tìm kiếm');
    expect(await page.locator('dialog label[for="tim-nhanh-q"]').innerText()).toBe('Tìm từ khóa');
    await typeQuery(page, 'cong doan');
    const text = await dialog.innerText();
    for (const english of ['Search', 'result', 'Load more', 'Clear', 'Filters', 'No results', 'Cancel']) expect(text).not.toContain(english);
    await context.close();
  });
});

describe('search page /tim-kiem/', () => {
  it('runs the query from the address and keeps typing in the address', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL('/tim-kiem/?q=04%2FHD-LDLD'));
    const view = await readResults(page, '04/HD-LDLD');
    expect(view.urls[0]).toBe('/van-ban/huong-dan-04-hd-ldld/');
    expect(await page.locator(`${PAGE_PANEL} [data-search-input]`).inputValue()).toBe('04/HD-LDLD');
    const typed = await typeQuery(page, 'duong giao thong', PAGE_PANEL);
    expect(typed.urls.slice(0, 3)).toContain('/noi-dung-thi-dua/ha-tang/');
    expect(new URL(page.url()).search).toBe('?q=duong+giao+thong');
    // Enter keeps the page (and its results) instead of reloading it.
    await page.evaluate(() => ((window as unknown as { stay: boolean }).stay = true));
    await page.keyboard.press('Enter');
    await readResults(page, 'duong giao thong');
    expect(await page.evaluate(() => (window as unknown as { stay?: boolean }).stay)).toBe(true);
    await context.close();
  });

  it('filters by material type with counts, and the address carries the filter', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL('/tim-kiem/?q=cong+doan'));
    const all = await readResults(page, 'cong doan');
    expect(all.urls.some((url) => !url.startsWith('/van-ban/'))).toBe(true);
    // On a phone the filters wait in a closed disclosure above the results.
    await page.locator(`${PAGE_PANEL} summary`).click();
    const option = page.locator(`${PAGE_PANEL} fieldset`, { hasText: 'Loại tài liệu' }).locator('label', { hasText: 'Văn bản liên quan' });
    const count = Number((await option.locator('.search-filter-count').innerText()).replace(/\D/g, ''));
    expect(count).toBeGreaterThan(0);
    await option.locator('input').check();
    const filtered = await readResults(page, 'cong doan');
    expect(filtered.status).toBe(`${count} kết quả cho “cong doan”.`);
    expect(filtered.urls.every((url) => url.startsWith('/van-ban/'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('tai-lieu')).toEqual(['Văn bản liên quan']);
    // The other types keep the counts they would give, and ticking one adds its pages.
    const guidance = page.locator(`${PAGE_PANEL} fieldset`, { hasText: 'Loại tài liệu' }).locator('label', { hasText: 'Toàn văn hướng dẫn' });
    expect((await guidance.locator('.search-filter-count').innerText()).trim()).toBe('(1)');
    expect((await option.locator('.search-filter-count').innerText()).trim()).toBe(`(${count})`);
    await guidance.locator('input').check();
    const both = await readResults(page, 'cong doan');
    expect(both.status).toBe(`${count + 1} kết quả cho “cong doan”.`);
    expect(both.urls).toContain('/huong-dan/');
    await guidance.locator('input').uncheck();
    await readResults(page, 'cong doan');
    // The shared address opens the same filtered search.
    await page.goto(page.url());
    const reopened = await readResults(page, 'cong doan');
    expect(reopened.status).toBe(filtered.status);
    expect(await page.locator(`${PAGE_PANEL} input[name="tai-lieu"][value="Văn bản liên quan"]`).isChecked()).toBe(true);
    await context.close();
  });

  it('lists what filters alone select a longer step at a time (a number of /so-lieu/ opens such a list)', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL(`/tim-kiem/?tai-lieu=${encodeURIComponent('Văn bản liên quan')}`));
    const view = await readResults(page, '');
    const count = Number(/^(\d+) kết quả\.$/.exec(view.status)?.[1]);
    // More than a query's first screen of five, all of them at once up to twenty.
    expect(count).toBeGreaterThan(5);
    expect(view.urls).toHaveLength(Math.min(count, 20));
    expect(view.urls.every((url) => url.startsWith('/van-ban/'))).toBe(true);
    await context.close();
  });

  it('loads nothing before intent, then lists filters with page counts before anything is typed', async () => {
    const { context, page } = await newPhonePage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(siteURL('/tim-kiem/'), { waitUntil: 'networkidle' });
    expect(requested.filter((path) => /pagefind|_search/.test(path))).toEqual([]);
    await page.locator(`${PAGE_PANEL} summary`).click();
    const filters = page.locator(`${PAGE_PANEL} [data-search-filters]`);
    await filters.locator('fieldset').first().waitFor();
    const legends = await filters.locator('legend').allInnerTexts();
    expect(legends).toEqual(['Loại tài liệu', 'Giai đoạn', 'Lĩnh vực thi đua', 'Năm']);
    const year = await filters.locator('label', { hasText: '2023' }).textContent();
    expect(year?.replace(/\s+/g, ' ').trim()).toMatch(/^2023 \(\d+\)$/);
    await context.close();
  });
});

describe('search page layout: results first', () => {
  const SCREENS = [
    { name: 'phone', width: 360, height: 740, isMobile: true },
    { name: 'desktop', width: 1280, height: 800, isMobile: false },
  ];

  it.each(SCREENS)('shows the first result of “cong doan” above the fold at $width px (screenshot saved)', async ({ name, width, height, isMobile }) => {
    const { context, page } = await newPhonePage({ viewport: { width, height }, isMobile, hasTouch: isMobile, deviceScaleFactor: 1 });
    await page.goto(siteURL('/tim-kiem/?q=cong%20doan'));
    await readResults(page, 'cong doan');
    const dir = new URL('../.tmp/screenshots/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: new URL(`tim-kiem-cong-doan-${width}.png`, dir).pathname });
    const first = await page.locator(`${PAGE_PANEL} .search-result`).first().boundingBox();
    expect(first!.y).toBeLessThan(height);
    const filters = page.locator(`${PAGE_PANEL} [data-search-filter-box]`);
    if (name === 'phone') {
      // Collapsed above the results.
      expect(await filters.evaluate((box) => (box as HTMLDetailsElement).open)).toBe(false);
      expect((await filters.boundingBox())!.y).toBeLessThan(first!.y);
    } else {
      // A column beside them.
      expect(await filters.evaluate((box) => (box as HTMLDetailsElement).open)).toBe(true);
      expect((await filters.boundingBox())!.x).toBeGreaterThan(first!.x + first!.width);
    }
    await context.close();
  });

  it('counts ticked filters in the summary, opens it for a shared filter, and a chip unticks', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(siteURL('/tim-kiem/?q=cong+doan&tai-lieu=V%C4%83n+b%E1%BA%A3n+li%C3%AAn+quan'));
    await readResults(page, 'cong doan');
    const box = page.locator(`${PAGE_PANEL} [data-search-filter-box]`);
    expect(await box.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await box.locator('summary').innerText()).toBe('Bộ lọc (1)');
    const chip = page.getByRole('button', { name: 'Bỏ lọc Loại tài liệu: Văn bản liên quan' });
    expect((await chip.innerText()).startsWith('Văn bản liên quan')).toBe(true);
    await chip.click();
    await readResults(page, 'cong doan');
    await expect.poll(() => page.url()).not.toContain('tai-lieu');
    expect(await box.locator('summary').innerText()).toBe('Bộ lọc');
    expect(await page.locator(`${PAGE_PANEL} [data-search-chips]`).isHidden()).toBe(true);
    expect(await page.locator(`${PAGE_PANEL} input[name="tai-lieu"][value="Văn bản liên quan"]`).isChecked()).toBe(false);
    await context.close();
  });
});
