import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyContent, editFile, runCheck } from '../support/fixture-project.ts';
import { ROOT } from '../support/paths.ts';

describe('npm run check on the real content', () => {
  it('passes and says so', () => {
    const result = runCheck(ROOT);
    expect(result.output).toContain('✓ Nội dung hợp lệ');
    expect(result.status).toBe(0);
  });

  it('has --help', () => {
    const result = runCheck(ROOT, '--help');
    expect(result.status).toBe(0);
    expect(result.output).toContain('Usage: npm run check');
  });
});

describe('npm run check on broken content', () => {
  it('fails on a broken reference, which Astro alone would only log', () => {
    const root = copyContent();
    editFile(root, 'content/contents/tiet-kiem.yaml', (t) => t.replace('- nghi-quyet-dai-hoi-xvi-dang-bo-tinh', '- nghi-quyet-khong-ton-tai'));
    const { status, lines } = runCheck(root);
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/contents\/tiet-kiem\.yaml:\d+ {2}items\[2\]\.cites\[0\] {2}Không có văn bản được trích dẫn nào mang mã “nghi-quyet-khong-ton-tai”\. — Dùng một mã có trong content\/directives\//);
    const line = Number(lines[0]!.split(':')[1]!.split(' ')[0]);
    expect(readFileSync(join(root, 'content/contents/tiet-kiem.yaml'), 'utf8').split('\n')[line - 1]).toContain('nghi-quyet-khong-ton-tai');
  });

  it('fails when a section points at a phase that does not exist', () => {
    const root = copyContent();
    renameSync(join(root, 'content/phases/giai-doan-2.yaml'), join(root, 'content/phases/giai-doan-hai.yaml'));
    const { status, lines } = runCheck(root);
    expect(status).toBe(1);
    expect(lines.some((l) => l.startsWith('content/guidance/sections/tien-do-thuc-hien.yaml:') && l.includes('blocks[2].phase') && l.includes('“giai-doan-2”'))).toBe(true);
  });

  it('reports every problem at once, each with file, line and field', () => {
    const root = copyContent();
    editFile(root, 'content/directives/ke-hoach-763-kh-ubnd.yaml', (t) => t.replace('date: 2023-03-21', 'date: 2023-02-30'));
    editFile(root, 'content/contents/ha-tang.yaml', (t) => t.replace(/^name: .*$/m, 'ten: Hạ tầng'));
    editFile(root, 'content/bodies/ban-chinh-sach-phap-luat.yaml', (t) => t.replace('number: 2.1.', 'number: 2.1'));
    const { status, lines } = runCheck(root);
    expect(status).toBe(1);
    const summary = lines.map((l) => l.split('  ').slice(0, 2).join(' | ').replace(/:\d+/, ''));
    expect(summary).toEqual([
      'content/bodies/ban-chinh-sach-phap-luat.yaml | number',
      'content/contents/ha-tang.yaml | name',
      'content/contents/ha-tang.yaml | ten',
      'content/directives/ke-hoach-763-kh-ubnd.yaml | date',
    ]);
    expect(lines.find((l) => l.includes('| name') || l.includes('  name  '))).toContain('Thiếu trường bắt buộc');
    expect(lines.find((l) => l.includes('  date  '))).toContain('“2023-02-30” không phải là một thời điểm hợp lệ');
  });

  it('reports YAML syntax errors with their line instead of crashing', () => {
    const root = copyContent();
    editFile(root, 'content/directives/huong-dan-02-hd-ldld.yaml', (t) => t.replace('kind: Hướng dẫn', 'kind: Hướng dẫn\n  title: thụt lề sai'));
    const { status, lines } = runCheck(root);
    expect(status).toBe(1);
    expect(lines[0]).toMatch(/^content\/directives\/huong-dan-02-hd-ldld\.yaml:\d+ {2}- {2}Lỗi cú pháp YAML/);
  });

  it('finds text that is not NFC and fixes it with --fix', () => {
    const root = copyContent();
    const file = 'content/bodies/ban-tuyen-giao-nu-cong.yaml';
    editFile(root, file, (t) => t.replace('Tuyên truyền', 'Tuyên truyền'.normalize('NFD')));
    const failing = runCheck(root);
    expect(failing.status).toBe(1);
    expect(failing.lines[0]).toContain('Unicode dựng sẵn (NFC)');
    expect(failing.lines[0]).toContain('--fix');
    const fixed = runCheck(root, '--fix');
    expect(fixed.status).toBe(0);
    expect(fixed.output).toContain(`Đã chuẩn hoá NFC: ${file}`);
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('rejects file names that are not ASCII slugs', () => {
    const root = copyContent();
    renameSync(join(root, 'content/bodies/ban-tuyen-giao-nu-cong.yaml'), join(root, 'content/bodies/Ban Tuyên giáo.yaml'));
    editFile(root, 'content/guidance/sections/to-chuc-thuc-hien.yaml', (t) => t.replace('body: ban-tuyen-giao-nu-cong', 'body: Ban Tuyên giáo'));
    const { status, output } = runCheck(root);
    expect(status).toBe(1);
    expect(output).toContain('content/bodies/Ban Tuyên giáo.yaml:1  -  Tên tệp hoặc thư mục “Ban Tuyên giáo”');
  });

  it('rejects an anchor used twice on the guidance page', () => {
    const root = copyContent();
    // tiet-kiem-5: an item no indicator measures, so the duplicate anchor is the only problem.
    editFile(root, 'content/contents/tiet-kiem.yaml', (t) => t.replace('id: tiet-kiem-5', 'id: ha-tang-1'));
    const { status, lines } = runCheck(root);
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/contents\/tiet-kiem\.yaml:\d+ {2}items\[4\]\.id {2}Mã neo “ha-tang-1” đã được dùng ở content\/contents\/ha-tang\.yaml:\d+/);
  });

  it('does not report a reference to an entry that exists but is itself invalid twice', () => {
    const root = copyContent();
    editFile(root, 'content/phases/giai-doan-1.yaml', (t) => t.replace('end: 2025', 'end: năm 2025'));
    const { lines } = runCheck(root);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('content/phases/giai-doan-1.yaml');
  });

  it('exits 2 with the help on an unknown option', () => {
    const result = runCheck(ROOT, '--frobnicate');
    expect(result.status).toBe(2);
    expect(result.output).toContain('Usage: npm run check');
  });
});

describe('fixture hygiene', () => {
  it('leaves the real content untouched', () => {
    expect(existsSync(join(ROOT, 'content/phases/giai-doan-hai.yaml'))).toBe(false);
  });
});
