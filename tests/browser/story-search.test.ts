import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFromFile, startStaticServer } from '../../scripts/lib/static-server.ts';
import { NODE, TEST_BUILD_DATE } from '../support/paths.ts';
import { copyStories, FIXTURES, projectCopy } from '../support/projects.ts';
import { closeBrowser, newPhonePage } from './support/browser.ts';
import { openSearchDialog, PAGE_PANEL, readResults, typeQuery } from './support/search.ts';

/**
 * Stories are not Starlight docs pages: they are built by our own routes from content/exemplars.
 * This builds a copy of the project with the three fictional fixture stories, exactly as
 * `npm run build` does, and searches it as a reader would.
 */
const STORY_A = '/cau-chuyen/mau-a-duong-be-tong-thon/';
const STORY_B = '/cau-chuyen/mau-b-tiet-kiem-dien-van-phong/';
const STORY_C = '/cau-chuyen/mau-c-ca-nhan-sang-kien/';
const STORY_LIST = /^\/cau-chuyen\/(?:$|trang\/|dia-ban\/|linh-vuc\/|loai\/|nam\/)/;

let server: Server;
let origin: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const project = projectCopy('browser-stories');
  copyStories(join(FIXTURES, 'valid'), project);
  const dist = join(project, 'dist');
  const built = spawnSync(NODE, ['scripts/build.ts', '--out', dist], { cwd: project, encoding: 'utf8', env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE } });
  if (built.status !== 0) throw new Error(`Build with fixture stories failed:\n${built.stdout}\n${built.stderr}`);
  server = await startStaticServer({ dir: dist, port: 0, headers: headersFromFile(dist) });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ({ context, page } = await newPhonePage());
  await page.goto(`${origin}/`);
  await openSearchDialog(page);
});

afterAll(async () => {
  await context?.close();
  await closeBrowser();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

describe('stories in the search dialog', () => {
  it.each([
    ['cong doan co so mau a', STORY_A],
    ['duong be tong thon', STORY_A],
    ['dak glei', STORY_A],
    ['tiet kiem dien', STORY_B],
    ['LĐLĐ huyện Mẫu B', STORY_B],
    ['tran van mau', STORY_C],
    ['giảm hao hụt vật tư', STORY_C],
  ])('finds the story first for %s', async (query, expected) => {
    const { urls } = await typeQuery(page, query);
    expect(urls[0]).toBe(expected);
  });

  it('labels a story result with its material type and never offers a story list instead', async () => {
    await typeQuery(page, 'mau');
    const items = page.locator('dialog[data-search-dialog] .search-result');
    const urls = await items.locator('a.search-result-title').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(urls.slice(0, 3).sort()).toEqual([STORY_A, STORY_B, STORY_C]);
    expect(urls.filter((url) => STORY_LIST.test(url))).toEqual([]);
    expect(await items.first().locator('.search-result-type').innerText()).toBe('Câu chuyện điển hình');
  });
});

describe('stories on the search page', () => {
  it('filters by material type and locality with counts, from a shared address', async () => {
    const { context, page } = await newPhonePage();
    await page.goto(`${origin}/tim-kiem/?q=mau&tai-lieu=${encodeURIComponent('Câu chuyện điển hình')}`);
    const stories = await readResults(page, 'mau');
    expect(stories.status).toBe('3 kết quả cho “mau”.');
    expect([...stories.urls].sort()).toEqual([STORY_A, STORY_B, STORY_C]);

    const locality = page.locator(`${PAGE_PANEL} fieldset`, { hasText: 'Địa bàn' }).locator('label', { hasText: 'Huyện Đắk Glei' });
    expect((await locality.locator('.search-filter-count').innerText()).trim()).toBe('(1)');
    await locality.locator('input').check();
    const filtered = await readResults(page, 'mau');
    expect(filtered.urls).toEqual([STORY_A]);
    expect(new URL(page.url()).searchParams.getAll('dia-ban')).toEqual(['Huyện Đắk Glei']);
    await context.close();
  });
});

describe('a number of the statistics pages', () => {
  /** Follows the link of a number on a statistics page and reads what the search page finds. */
  async function follow(path: string, link: string) {
    const { context, page } = await newPhonePage();
    await page.goto(`${origin}${path}`);
    const number = page.locator(link).first();
    const shown = Number((await number.innerText()).trim());
    await number.click();
    await page.waitForURL(/\/tim-kiem\/\?/);
    const found = await readResults(page, '');
    const chips = await page.locator(`${PAGE_PANEL} [data-search-chips] button`).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    const legends = await page.locator(`${PAGE_PANEL} [data-search-filters] legend`).allInnerTexts();
    const open = (await (await page.request.get(`${origin}/cau-chuyen/du-lieu.json`)).json()) as { stories: Array<{ id: string; phase: { id: string }; items: string[] }> };
    await context.close();
    return { shown, found, chips, legends, open };
  }

  it("opens the search page with exactly the phase's stories", async () => {
    const { shown, found, chips, open } = await follow('/so-lieu/giai-doan-1/', '.stat-headline div:first-child dd a');
    const expected = open.stories.filter((s) => s.phase.id === 'giai-doan-1').map((s) => `/cau-chuyen/${s.id}/`);
    expect(shown).toBe(expected.length);
    expect(found.status).toBe(`${expected.length} kết quả.`);
    expect([...found.urls].sort()).toEqual(expected.sort());
    expect(chips).toEqual(['Bỏ lọc Loại tài liệu: Câu chuyện điển hình', 'Bỏ lọc Giai đoạn: Giai đoạn 1']);
  });

  it('filters on an item the search page does not offer as a choice, shown as a chip', async () => {
    const { shown, found, chips, legends, open } = await follow('/so-lieu/', 'section[aria-labelledby="muc-tieu-de"] tbody td a');
    // The table lists items in the guidance's order; the first with a story is ha-tang-3 or ha-tang-4.
    const item = open.stories.flatMap((s) => s.items).sort()[0]!;
    const expected = open.stories.filter((s) => s.items.includes(item)).map((s) => `/cau-chuyen/${s.id}/`);
    expect(shown).toBe(expected.length);
    expect(found.urls.sort()).toEqual(expected.sort());
    expect(chips).toEqual(['Bỏ lọc Loại tài liệu: Câu chuyện điển hình', `Bỏ lọc Mục: Mục 1.${item.split('-').at(-1)}`]);
    expect(legends).not.toContain('Mục');
    expect(legends).toContain('Địa bàn');
  });
});
