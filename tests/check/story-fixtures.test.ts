import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, TEST_BUILD_DATE } from '../support/paths.ts';
import { checkProject, FIXTURES, TMP } from '../support/projects.ts';

const run = promisify(execFile);
const INVALID = join(FIXTURES, 'invalid');
const STORY = 'content/exemplars/mau-a-duong-be-tong/index.md';

/** Each malformed fixture, and the problem the check must report for it: file, field, words. */
const EXPECTED: Record<string, { file?: string; field: string; says: string }> = {
  'thieu-tieu-de': { field: 'title', says: 'Thiếu trường bắt buộc' },
  'thieu-nguon': { field: 'sources', says: 'Thiếu trường bắt buộc' },
  'gia-tri-khong-phai-so': { field: 'figures[0].value', says: 'phải là một con số' },
  'loai-khong-hop-le': { field: 'kind', says: '“tập thể”, “cá nhân”' },
  'cap-don-vi-khong-hop-le': { field: 'unit.level', says: 'Cấp phải là một trong' },
  'ngay-khong-co-that': { field: 'achievedOn', says: '“2024-02-30” không phải là một thời điểm hợp lệ' },
  'ngay-dang-thieu-ngay': { field: 'publishedOn', says: 'phải ghi đủ ngày, tháng, năm' },
  'ngay-trong-tuong-lai': { field: 'publishedOn', says: 'ở sau ngày hôm nay (25/11/2026)' },
  'dat-sau-ngay-dang': { field: 'achievedOn', says: 'ở sau ngày đăng' },
  'sai-giai-doan': { field: 'phase', says: 'không thuộc Giai đoạn 2' },
  'dia-ban-khong-co': { field: 'locality', says: 'Không có địa bàn nào mang mã “ha-noi”' },
  'noi-dung-khong-co': { field: 'fields[0]', says: 'mã “moi-truong”' },
  'muc-khong-thuoc-noi-dung': { field: 'items[0]', says: 'không nằm trong các nội dung đã chọn' },
  'van-ban-khong-co': { field: 'directives[0]', says: 'mã “quyet-dinh-khong-co”' },
  'giai-doan-khong-co': { field: 'phase', says: 'mã “giai-doan-9”' },
  'truong-la': { field: 'tags', says: 'Trường “tags” không có trong mẫu' },
  'tom-tat-qua-dai': { field: 'summary', says: 'dài quá 400 ký tự' },
  'ca-nhan-thieu-ho-ten': { field: 'person', says: 'phải ghi họ tên' },
  'url-nguon-khong-hop-le': { field: 'sources[0].url', says: 'bắt đầu bằng https://' },
  'slug-trung-duong-dan-danh-sach': { file: 'content/exemplars/trang/index.md', field: '-', says: 'trùng với địa chỉ /cau-chuyen/trang/' },
  'slug-co-dau': { file: 'content/exemplars/đuong-be-tong-mau-a/index.md', field: '-', says: 'chữ hoa, dấu' },
  'trung-cau-chuyen': { field: 'title', says: 'trùng tiêu đề và đơn vị' },
  'anh-khong-co-trong-thu-muc': { field: 'body', says: 'Không tìm thấy tệp ảnh “khong-co.jpg”' },
  'anh-bia-khong-co': { field: 'cover.src', says: 'Không tìm thấy tệp ảnh “./anh-bia.jpg”' },
  'anh-thieu-mo-ta': { field: 'body', says: 'Ảnh thiếu mô tả (alt)' },
  'anh-bia-thieu-mo-ta': { field: 'cover.alt', says: 'Thiếu trường bắt buộc' },
  'anh-tu-trang-khac': { field: 'body', says: 'nằm cùng thư mục với câu chuyện' },
  'chu-khong-phai-nfc': { field: '-', says: 'Unicode dựng sẵn (NFC)' },
  'loi-cu-phap-yaml': { field: '-', says: 'Lỗi cú pháp YAML' },
  'truong-lap-lai': { field: '-', says: 'một trường xuất hiện hai lần' },
  'thieu-frontmatter': { field: '-', says: 'Không tìm thấy phần thông tin đầu tệp' },
  'cau-lenh-import': { field: 'body', says: 'Câu lệnh “import”' },
  'cau-lenh-export': { field: 'body', says: 'Câu lệnh “export”' },
  'bieu-thuc-javascript': { field: 'body', says: 'dấu ngoặc nhọn' },
  'the-script': { field: 'body', says: 'Thẻ <script> không được phép' },
  'thuoc-tinh-onerror': { field: 'body', says: 'Thuộc tính “onerror=”' },
  'lien-ket-javascript': { field: 'body', says: 'Đường dẫn “javascript:alert(1)” không được phép' },
  'thanh-phan-mdx': { field: 'body', says: 'Thành phần “<Figure>”' },
  'the-html-khong-cho-phep': { field: 'body', says: 'Mã HTML “<iframe' },
  'tep-mdx': { file: 'content/exemplars/mau-a-duong-be-tong/index.mdx', field: '-', says: 'chỉ chứa index.md và ảnh' },
  'chi-tieu-khong-co': { field: 'figures[0].indicator', says: 'mã “khong-co”' },
  'don-vi-khac-chi-tieu': { field: 'figures[0].unit', says: 'Đơn vị “m” khác đơn vị “km” của chỉ tiêu' },
  'dia-ban-het-hieu-luc': { field: 'locality', says: 'Địa bàn “Huyện Đắk Glei” chỉ có hiệu lực đến ngày 30/06/2025, nhưng ngày đạt thành tích là tháng 03/2026' },
  'tep-le-ngoai-thu-muc': { file: 'content/exemplars/cau-chuyen-le.md', field: '-', says: 'phải nằm trong thư mục riêng' },
};

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(root: string, extra: string[] = []): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(NODE, ['scripts/check-content.ts', '--root', root, ...extra], {
      cwd: ROOT,
      env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const cases = readdirSync(INVALID).sort();
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  const queue = [...cases];
  // Two checks at a time: CI machines have two cores.
  await Promise.all(
    [0, 1].map(async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        outcomes.set(name, await check(checkProject(`invalid-${name}`, join(INVALID, name))));
      }
    }),
  );
});

describe('npm run check on malformed stories', () => {
  it('has at least 25 malformed fixtures, each with an expected problem', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(cases)('%s: exits 1 and names the file, the field and what is wrong', (name) => {
    const outcome = outcomes.get(name)!;
    const expected = EXPECTED[name]!;
    expect(outcome.code).toBe(1);
    const lines = outcome.stdout.trim().split('\n');
    const prefix = `${expected.file ?? STORY}:`;
    const match = lines.find((line) => {
      const parts = /^(.+?):(\d+) {2}(\S+) {2}(.+) — (.+)$/.exec(line);
      return parts && `${parts[1]}:` === prefix && parts[3] === expected.field && parts[4]!.includes(expected.says);
    });
    expect(match, `expected “${prefix}…  ${expected.field}  …${expected.says}…” in:\n${outcome.stdout}`).toBeDefined();
    expect(outcome.stderr).toMatch(/✗ \d+ lỗi trong \d+ tệp/);
  });
});

describe('npm run check on valid stories', () => {
  it('accepts the fictional fixture stories used by the build test', async () => {
    const outcome = await check(checkProject('valid', join(FIXTURES, 'valid')));
    expect(outcome.stdout + outcome.stderr).toMatch(/✓ Nội dung hợp lệ/);
    expect(outcome.code).toBe(0);
  });

  it('accepts the template offered on the site (public/mau-cau-chuyen.txt) as a story', async () => {
    const stories = join(TMP, 'check-projects/template-stories');
    rmSync(stories, { recursive: true, force: true });
    mkdirSync(join(stories, 'ten-cau-chuyen'), { recursive: true });
    cpSync(join(ROOT, 'public/mau-cau-chuyen.txt'), join(stories, 'ten-cau-chuyen/index.md'));
    const outcome = await check(checkProject('template', stories));
    expect(outcome.stdout + outcome.stderr).toMatch(/✓ Nội dung hợp lệ/);
  });

  it('dates stories against the pinned day (BUILD_DATE or --today), not the machine clock', async () => {
    const root = checkProject('valid-today', join(FIXTURES, 'valid'));
    // Mẫu B was published on 2026-04-02: a day earlier, that is in the future.
    const early = await check(root, ['--today', '2026-04-01']);
    expect(early.code).toBe(1);
    expect(early.stdout).toContain(
      'content/exemplars/mau-b-tiet-kiem-dien-van-phong/index.md:16  publishedOn  Ngày đăng (02/04/2026) ở sau ngày hôm nay (01/04/2026).',
    );
    expect((await check(root, ['--today', '2026-04-02'])).code).toBe(0);
  });

  it('refuses a picture too heavy for the repository, naming the file', async () => {
    const stories = join(TMP, 'check-projects/heavy-picture-stories');
    rmSync(stories, { recursive: true, force: true });
    cpSync(join(FIXTURES, 'valid'), stories, { recursive: true });
    // Six megabytes of zeros with a .jpg name: only the size is being tested.
    writeFileSync(join(stories, 'mau-a-duong-be-tong-thon/anh-lon.jpg'), Buffer.alloc(6 * 1024 * 1024));
    const outcome = await check(checkProject('heavy-picture', stories));
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain('content/exemplars/mau-a-duong-be-tong-thon/anh-lon.jpg:1  -  Ảnh nặng 6,0 MB, quá giới hạn 5 MB.');
  });

  it('reports every broken story of a pull request in one run', async () => {
    const combined = join(TMP, 'check-projects/combined-stories');
    rmSync(combined, { recursive: true, force: true });
    mkdirSync(combined, { recursive: true });
    const simple = cases.filter((name) => readdirSync(join(INVALID, name)).join() === 'mau-a-duong-be-tong' && name !== 'tep-mdx');
    for (const name of simple) cpSync(join(INVALID, name, 'mau-a-duong-be-tong'), join(combined, name), { recursive: true });
    const outcome = await check(checkProject('combined', combined));
    expect(outcome.code).toBe(1);
    const files = new Set(outcome.stdout.trim().split('\n').map((line) => line.split(':')[0]));
    expect(simple.length).toBeGreaterThan(25);
    for (const name of simple) expect(files, name).toContain(`content/exemplars/${name}/index.md`);
  });
});
