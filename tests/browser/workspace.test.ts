import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIT_HOST_API, KNOWN_BLOCKED } from '../../src/lib/cms/workspace-page.ts';
import { SITE_MAP } from '../../src/lib/site-map.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { NODE, ROOT, TEST_BUILD_DATE } from '../support/paths.ts';
import { projectCopy, TMP } from '../support/projects.ts';
import { closeBrowser, launch, siteURL } from './support/browser.ts';
import { watchPolicyViolations } from './support/csp.ts';
import { clearScratchRepository, useScratchRepository, writtenFiles } from './support/workspace.ts';

afterAll(closeBrowser);

const WORKSPACE = `/${SITE_MAP.workspace.path}`;
const TITLE = 'Công đoàn cơ sở Mẫu Đ làm đường bê tông về thôn';
const SLUG = slugify(TITLE);
const STORY = `content/exemplars/${SLUG}/index.md`;
/**
 * The editors' guide (CONTRIBUTING.md, /gui-cau-chuyen/) shows these, taken here; a run with
 * `UPDATE_SCREENSHOTS=1` writes them beside the guide's page (content/pages/gui-cau-chuyen/) to be committed, others into tests/.tmp.
 */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'content/pages/gui-cau-chuyen') : join(TMP, 'workspace-screenshots');

/** `locale` is the browser's language: the workspace is Vietnamese whatever it is. */
async function openWorkspace(locale: string): Promise<{ page: Page; foreign: string[]; violations: () => Promise<string[]>; close: () => Promise<void> }> {
  const context = await (await launch()).newContext({ viewport: { width: 1280, height: 860 }, locale });
  const page = await context.newPage();
  const ours = new URL(siteURL('/')).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== ours && url.origin !== GIT_HOST_API) foreign.push(request.url());
  });
  const violations = await watchPolicyViolations(page);
  await useScratchRepository(page);
  await page.goto(siteURL(WORKSPACE));
  await clearScratchRepository(page);
  return { page, foreign, violations, close: () => context.close() };
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await sharp(await page.screenshot({ animations: 'disabled' })).webp({ quality: 80 }).toFile(join(SCREENSHOTS, `${name}.webp`));
}

/** The form renders fields as they scroll into view: scrolls it as an editor would until `target` is there. */
async function reveal(page: Page, target: Locator): Promise<Locator> {
  for (let step = 0; step < 30 && (await target.count()) === 0; step++) {
    await page.mouse.move(320, 600);
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(100);
  }
  await target.first().scrollIntoViewIfNeeded();
  return target.first();
}

const textbox = (page: Page, label: string) => reveal(page, page.getByRole('textbox', { name: label, exact: true }));

async function choose(page: Page, combobox: string, option: string | RegExp): Promise<void> {
  await (await reveal(page, page.getByRole('combobox', { name: combobox, exact: true }))).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function startStory(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
  await page.getByRole('button', { name: 'Tạo bài viết mới' }).first().click();
  await (await textbox(page, 'Tiêu đề')).waitFor();
}

describe('the editors’ workspace (/quan-tri/), the real Sveltia CMS in Chromium', () => {
  let photo: string;
  beforeAll(async () => {
    // A phone-camera-sized photo, larger than the workspace uploads.
    photo = join(TMP, 'workspace', 'anh-cong-trinh.jpg');
    mkdirSync(dirname(photo), { recursive: true });
    await sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 120, g: 140, b: 90 } } })
      .jpeg({ quality: 90 })
      .toFile(photo);
  });

  it('writes a story with a picture and a directive that passes the check unchanged and builds into a listed page', async () => {
    const { page, foreign, violations, close } = await openWorkspace('vi-VN');
    try {
      // What an editor sees on the site: signing in with a token (the test then works on a folder).
      await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
      await shot(page, '1-dang-nhap');
      await page.keyboard.press('Escape');
      await startStory(page);

      await (await textbox(page, 'Tiêu đề')).fill(TITLE);
      await (await textbox(page, 'Tóm tắt')).fill('Đoàn viên Công đoàn cơ sở Mẫu Đ (đơn vị giả định dùng cho kiểm thử) góp ngày công làm đường bê tông về thôn.');
      await page.getByRole('radio', { name: 'tập thể' }).check();
      await (await textbox(page, 'Tên đơn vị')).fill('Công đoàn cơ sở Mẫu Đ');
      await page.getByRole('radio', { name: 'công đoàn cơ sở' }).check();
      await choose(page, 'Địa bàn', 'Huyện Đắk Tô');
      await page.getByRole('checkbox', { name: 'Phát triển kết cấu hạ tầng' }).check();
      await choose(page, 'Nội dung cụ thể', /^Phát triển kết cấu hạ tầng – 4\./);
      await page.getByRole('radio', { name: /^Giai đoạn 1/ }).check();
      await (await textbox(page, 'Thời điểm đạt thành tích')).fill('2025-06');
      await (await textbox(page, 'Ngày đăng')).fill('2025-07-15');
      await shot(page, '2-bieu-mau');
      await choose(page, 'Văn bản liên quan', 'Kế hoạch số 763/KH-UBND');

      await (await reveal(page, page.getByRole('checkbox', { name: /Thêm.*Ảnh đại diện/ }))).check();
      await page.getByRole('group', { name: /Trường “.?Ảnh.?”/ }).locator('input[type=file]').first().setInputFiles(photo);
      await (await textbox(page, 'Mô tả ảnh')).fill('Ảnh giả định: đoạn đường bê tông mới');
      await shot(page, '3-anh');

      await (await reveal(page, page.getByRole('button', { name: /Thêm.*Nguồn tin/ }))).click();
      await (await textbox(page, 'Tên nguồn')).fill('Báo cáo giả định của Công đoàn cơ sở Mẫu Đ');
      await (await textbox(page, 'Đường dẫn')).fill('https://vi-du.vn/bao-cao-mau-d');
      await (await textbox(page, 'Họ và tên người viết')).fill('Trần Văn Mẫu');
      await page.locator('[contenteditable="true"]').last().click();
      await page.keyboard.type('Đây là câu chuyện giả định dùng để kiểm thử trang quản trị.');

      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.getByText('Đã lưu bài viết.').waitFor();
      await page.getByRole('checkbox', { name: TITLE }).or(page.getByText(TITLE, { exact: true })).first().waitFor();
      await shot(page, '4-da-luu');

      const files = await writtenFiles(page);
      expect([...files.keys()].sort()).toEqual([expect.stringMatching(new RegExp(`^content/exemplars/${SLUG}/[^/]+\\.webp$`)), STORY]);
      const picture = [...files].find(([path]) => path.endsWith('.webp'))!;
      const { width, height, format } = await sharp(picture[1]).metadata();
      expect(format).toBe('webp');
      expect(Math.max(width!, height!)).toBeLessThanOrEqual(1600);

      // The files exactly as the CMS wrote them, in a copy of the project: the check, then a build.
      const project = projectCopy('workspace-story');
      rmSync(join(project, 'content/exemplars'), { recursive: true, force: true });
      for (const [path, bytes] of files) {
        mkdirSync(dirname(join(project, path)), { recursive: true });
        writeFileSync(join(project, path), bytes);
      }
      const check = spawnSync(NODE, ['scripts/check-content.ts', '--today', TEST_BUILD_DATE], { cwd: project, encoding: 'utf8' });
      expect(`${check.stdout}${check.stderr}`, readFileSync(join(project, STORY), 'utf8')).toContain('✓ Nội dung hợp lệ');
      expect(check.status).toBe(0);
      const build = spawnSync(NODE, ['scripts/build.ts', '--out', 'dist', '--skip-check'], { cwd: project, encoding: 'utf8', env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE } });
      expect(build.status, build.stderr).toBe(0);

      const storyPage = parseHTML(readFileSync(join(project, `dist/cau-chuyen/${SLUG}/index.html`), 'utf8')).document;
      expect(storyPage.querySelector('h1')?.textContent).toBe(TITLE);
      const facts = storyPage.querySelector('main dl')?.textContent ?? '';
      for (const shown of ['Huyện Đắk Tô', 'Phát triển kết cấu hạ tầng', 'Kế hoạch số 763/KH-UBND', 'Giai đoạn 1']) expect(facts).toContain(shown);
      expect(storyPage.querySelector('main img[alt="Ảnh giả định: đoạn đường bê tông mới"]')).not.toBeNull();
      for (const list of ['cau-chuyen', 'cau-chuyen/dia-ban/dak-to', 'cau-chuyen/linh-vuc/ha-tang', 'cau-chuyen/nam/2025']) {
        const html = readFileSync(join(project, `dist/${list}/index.html`), 'utf8');
        expect(html, list).toContain(`/cau-chuyen/${SLUG}/`);
      }

      expect(foreign).toEqual([]);
      expect((await violations()).filter((v) => !KNOWN_BLOCKED.some((known) => v.includes(known.url)))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('does not save a story with a required field left empty, and says why in Vietnamese (even to an English browser)', async () => {
    const { page, close } = await openWorkspace('en-US');
    try {
      await startStory(page);
      await (await textbox(page, 'Tiêu đề')).fill('a'.repeat(121));
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await page.getByText(/Có \d+ trường bị lỗi\. Vui lòng sửa lỗi để lưu bài viết\./).waitFor();
      await page.getByText('Trường bắt buộc.').first().waitFor();
      await page.getByText('Tiêu đề dài quá 120 ký tự. Hãy rút gọn.').waitFor();
      await shot(page, '5-loi');
      expect([...(await writtenFiles(page)).keys()]).toEqual([]);
    } finally {
      await close();
    }
  });

  it('signs in with a token against the Git host’s API only (answered here: a refused token), and says so in Vietnamese', async () => {
    const { page, foreign, violations, close } = await openWorkspace('vi-VN');
    const asked: string[] = [];
    // The test never reaches GitHub: its API answers as it does to a revoked token.
    await page.route(`${GIT_HOST_API}/**`, (route) => {
      asked.push(new URL(route.request().url()).pathname);
      return route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ message: 'Bad credentials' }) });
    });
    try {
      await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).click();
      await page.getByRole('textbox').last().fill('github_pat_mau_khong_hop_le');
      await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
      await page.getByText('Mã truy cập được cung cấp không hợp lệ. Vui lòng kiểm tra và thử lại.').waitFor();
      expect(asked).toEqual(['/user']);
      expect(foreign).toEqual([]);
      expect((await violations()).filter((v) => !KNOWN_BLOCKED.some((known) => v.includes(known.url)))).toEqual([]);
    } finally {
      await close();
    }
  });
});
