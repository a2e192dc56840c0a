import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TITLE_MAX } from '../../src/lib/schemas/exemplars.ts';
import { NODE, ROOT, TEST_BUILD_DATE } from '../support/paths.ts';
import { checkProject, TMP } from '../support/projects.ts';

/** A project with the real content and an empty, writable content/exemplars. */
function emptyProject(name: string): { root: string; stories: string } {
  const stories = join(TMP, 'new-story', name);
  rmSync(stories, { recursive: true, force: true });
  mkdirSync(stories, { recursive: true });
  return { root: checkProject(`new-story-${name}`, stories), stories };
}

const newStory = (root: string, args: string[], input?: string) =>
  spawnSync(NODE, ['scripts/new-story.ts', '--root', root, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });

const check = (root: string) =>
  spawnSync(NODE, ['scripts/check-content.ts', '--root', root], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });

describe('npm run new:story', () => {
  it('scaffolds a story from flags (--yes) that passes the content check', () => {
    const { root, stories } = emptyProject('flags');
    const result = newStory(root, [
      '--yes',
      '--title',
      'Công đoàn cơ sở Mẫu Đ: tiết kiệm điện',
      '--summary',
      'Câu chuyện giả định để kiểm thử lệnh tạo câu chuyện.',
      '--unit',
      'Công đoàn cơ sở Mẫu Đ',
      '--field',
      'tiet-kiem',
      '--item',
      'tiet-kiem-2',
      '--locality',
      'kon-ray',
      '--achieved',
      '2024-Q3',
      '--source',
      'Báo cáo giả định',
      '--author',
      'Biên tập viên Mẫu',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(stories)).toEqual(['cong-doan-co-so-mau-d-tiet-kiem-dien']);
    const text = readFileSync(join(stories, 'cong-doan-co-so-mau-d-tiet-kiem-dien/index.md'), 'utf8');
    expect(text).toContain('title: "Công đoàn cơ sở Mẫu Đ: tiết kiệm điện"');
    expect(text).toContain('phase: giai-doan-1');
    expect(text).toContain(`publishedOn: ${TEST_BUILD_DATE}`);
    const checked = check(root);
    expect(checked.status, checked.stdout).toBe(0);
  });

  it('asks in Vietnamese, re-asks after a wrong answer, and its output passes the check', () => {
    const { root, stories } = emptyProject('prompts');
    const answers = [
      'Đoàn viên Mẫu E và sáng kiến',
      'Câu chuyện giả định.',
      'ca-nhan',
      'Nguyễn Văn Mẫu',
      'Công đoàn cơ sở Mẫu E',
      '', // level: default
      'ha-tang',
      'ha-tang-3',
      '2099', // future: asked again
      '2026-03',
      'ha-noi', // unknown locality: asked again
      'sa-thay', // a district, which ended on 30/6/2025: asked again
      'tinh-quang-ngai',
      '', // published: today
      '', // phase: from the date
      'Báo cáo giả định',
      '',
      'Biên tập viên Mẫu',
      '',
    ].join('\n');
    const result = newStory(root, [], `${answers}\n`);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('Tiêu đề');
        expect(result.stdout).toContain('✗ Thời điểm này ở sau hôm nay');
    const text = readFileSync(join(stories, 'doan-vien-mau-e-va-sang-kien/index.md'), 'utf8');
    expect(text).toContain('person: Nguyễn Văn Mẫu');
    expect(result.stdout.match(/✗ Chọn một mã địa bàn có hiệu lực vào thời điểm đạt thành tích/g)).toHaveLength(2);
    expect(text).toContain('locality: tinh-quang-ngai');
    expect(text).toContain('phase: giai-doan-2');
    expect(check(root).status).toBe(0);
  });

  it('with --yes, names every missing required flag and writes nothing', () => {
    const { root, stories } = emptyProject('missing');
    const result = newStory(root, ['--yes', '--title', 'Mẫu F', '--author', 'Biên tập viên Mẫu']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Thiếu: --summary, --unit, --source');
    expect(readdirSync(stories)).toEqual([]);
  });

  it('never reuses a folder: a second story with the same title gets its own slug', () => {
    const { root, stories } = emptyProject('twice');
    const args = ['--yes', '--title', 'Mẫu G', '--summary', 'Giả định.', '--unit', 'Đơn vị Mẫu G', '--source', 'Giả định', '--author', 'Mẫu'];
    expect(newStory(root, args).status).toBe(0);
    expect(newStory(root, [...args, '--unit', 'Đơn vị Mẫu H']).status).toBe(0);
    expect(readdirSync(stories).sort()).toEqual(['mau-g', 'mau-g-2']);
    expect(check(root).status).toBe(0);
  });

  it('checks answers with the schema: a title over its limit is refused with the check\'s message', () => {
    const { root, stories } = emptyProject('long-title');
    const result = newStory(root, ['--yes', '--title', 'Mẫu '.repeat(TITLE_MAX), '--summary', 'Giả định.', '--unit', 'Đơn vị Mẫu', '--source', 'Giả định', '--author', 'Mẫu']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`✗ --title: Tiêu đề dài quá ${TITLE_MAX} ký tự.`);
    expect(readdirSync(stories)).toEqual([]);
  });

  it('refuses to start on broken content, naming the file, line and field in Vietnamese', () => {
    const { root, stories } = emptyProject('broken-phase');
    const phases = join(root, 'content/phases');
    rmSync(phases);
    cpSync(join(ROOT, 'content/phases'), phases, { recursive: true });
    const file = join(phases, 'giai-doan-1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^start: .*$/m, 'start: đầu năm'));
    const args = ['--yes', '--title', 'Mẫu K', '--summary', 'Giả định.', '--unit', 'Đơn vị Mẫu K', '--source', 'Giả định', '--author', 'Mẫu'];
    const result = newStory(root, args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/phases\/giai-doan-1\.yaml:\d+ {2}start {2}/);
    expect(result.stderr).toContain('npm run check');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(stories)).toEqual([]);
  });

  it('prints its help', () => {
    const result = newStory(ROOT, ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--title');
    expect(result.stdout).toContain('--yes');
  });
});
