/**
 * Synthetic content for build benchmarks, written only into a throwaway copy of the project
 * (never into the real content/). Fictional and obviously so.
 *
 * Two sources:
 * - "pages" (the default): plain Starlight Markdown pages under content/pages/bench/.
 * - "stories" (--content stories): the project's story generator, scripts/dev/generate-stories.ts,
 *   run in the copy; the stories get real story pages and go through the content check.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchEnv } from './_pinned-date.ts';

export type ContentSource = 'pages' | 'stories';

/** Arguments for scripts/dev/generate-stories.ts: count and destination folder. */
export const STORY_GENERATOR_ARGS = (count: number, contentDir: string) => ['--count', String(count), '--out', join(contentDir, 'exemplars')];

const WORDS = (
  'công đoàn cơ sở mẫu người lao động tiết kiệm điện nước văn phòng phẩm sáng kiến cải tiến kỹ thuật công trình ' +
  'hạ tầng đường giao thông nông thôn ngày công lao động tình nguyện đoàn viên phong trào thi đua kết quả tháng quý năm ' +
  'đóng góp vật liệu xây dựng nhà văn hóa thôn làng chống lãng phí thực hành hội nghị tổng kết biểu dương khen thưởng'
).split(' ');

function paragraph(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(WORDS[(seed * 31 + i * 17 + ((i * i) % 7)) % WORDS.length]!);
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function writePages(contentDir: string, count: number): void {
  const dir = join(contentDir, 'pages', 'bench');
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= count; n += 1) {
    const id = String(n).padStart(5, '0');
    const body = [0, 1, 2, 3, 4].map((p) => paragraph(n + p, 60)).join('\n\n');
    writeFileSync(
      join(dir, `cau-chuyen-mau-${id}.md`),
      `---\ntitle: Câu chuyện mẫu số ${n} (dữ liệu thử)\ndescription: Trang giả lập để đo thời gian dựng, không phải nội dung thật.\n---\n\n` +
        `Công đoàn cơ sở Mẫu ${id} là đơn vị giả lập.\n\n## Việc đã làm\n\n${body}\n`,
    );
  }
}

/** Adds `count` synthetic pages or stories to the copy at `root`. */
export function addSyntheticContent(root: string, count: number, source: ContentSource): void {
  if (count === 0) return;
  if (source === 'pages') return writePages(join(root, 'content'), count);
  const generator = join(root, 'scripts', 'dev', 'generate-stories.ts');
  // The stories are dated up to the pinned day the check and the build then run as of.
  const result = spawnSync(process.execPath, [generator, ...STORY_GENERATOR_ARGS(count, join(root, 'content'))], { cwd: root, encoding: 'utf8', env: benchEnv() });
  if (result.status !== 0) throw new Error(`scripts/dev/generate-stories.ts failed:\n${result.stdout}\n${result.stderr}`);
}
