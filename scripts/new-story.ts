#!/usr/bin/env node
/**
 * Scaffolds a story folder that passes the content check: asks in Vietnamese (with defaults)
 * for what it needs, or takes it all from flags for scripting (--yes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { z } from 'astro/zod';
import { resolveBuildDate } from '../src/lib/build-date.ts';
import { checkContent } from '../src/lib/check/check-content.ts';
import { vietnameseIssueMessage } from '../src/lib/check/messages.ts';
import { formatProblem } from '../src/lib/check/problem.ts';
import { DEFAULT_RULES } from '../src/lib/check/rules/index.ts';
import { plainSchema } from '../src/lib/content/entries.ts';
import { ContentProblems, readEntries } from '../src/lib/content/load-content.ts';
import { isoDay } from '../src/lib/format.ts';
import { parsePartialDate, partialDateRange } from '../src/lib/partial-date.ts';
import { isInPhase } from '../src/lib/phases.ts';
import { EXEMPLAR_KINDS, SUMMARY_MAX, UNIT_LEVELS, type ExemplarKind } from '../src/lib/schemas/exemplars.ts';
import { wasValidDuring } from '../src/lib/statistics/localities.ts';
import { storyMarkdown, type NewStory } from '../src/lib/stories/new-story.ts';
import { RESERVED_STORY_SLUGS } from '../src/lib/stories/paths.ts';
import { SLUG_PATTERN, slugify, uniqueSlug } from '../src/lib/text/slug.ts';
import { parseCli } from './lib/cli.ts';

const HELP = `Cách dùng: npm run new:story [-- tuỳ chọn]

Tạo một câu chuyện điển hình mới trong content/exemplars/<ten-thu-muc>/index.md. Không có
tuỳ chọn nào thì hỏi lần lượt (Enter để nhận giá trị mặc định trong [ngoặc vuông]).

Tuỳ chọn (dùng cho kịch bản; kèm --yes để không hỏi):
  --title TEXT         tiêu đề (bắt buộc)
  --summary TEXT       tóm tắt một đoạn, tối đa ${SUMMARY_MAX} ký tự (bắt buộc)
  --kind KIND          ${EXEMPLAR_KINDS.map((k) => slugify(k)).join(' | ')} (mặc định: ${slugify(EXEMPLAR_KINDS[0])})
  --person TEXT        họ tên, với câu chuyện về cá nhân
  --unit TEXT          tên đơn vị (bắt buộc)
  --level TEXT         cấp đơn vị: ${UNIT_LEVELS.join(' | ')} (mặc định: ${UNIT_LEVELS[0]})
  --locality ID        mã địa bàn trong content/localities/, có hiệu lực vào thời điểm đạt thành tích
                       (mặc định: địa bàn cấp tỉnh lúc đó: toan-tinh đến 30/6/2025, sau đó tinh-quang-ngai)
  --field ID           mã nội dung thi đua, ghi nhiều lần nếu nhiều (mặc định: nội dung đầu tiên)
  --item ID            mã nội dung cụ thể (ví dụ ha-tang-4), ghi nhiều lần nếu nhiều
  --achieved DATE      thời điểm đạt thành tích: 2025-03-21, 2025-03, 2025-Q1 hoặc 2025 (mặc định: tháng này)
  --published DATE     ngày đăng YYYY-MM-DD (mặc định: hôm nay)
  --phase ID           mã giai đoạn (mặc định: giai đoạn chứa thời điểm đạt thành tích)
  --source TEXT        nguồn tin, ví dụ “Báo cáo của Công đoàn cơ sở …” (bắt buộc)
  --source-url URL     đường dẫn của nguồn tin (https://…)
  --author TEXT        người viết (mặc định: tên trong git config user.name)
  --author-unit TEXT   đơn vị của người viết
  --slug SLUG          tên thư mục (mặc định: lấy từ tiêu đề, bỏ dấu, đ → d)
  --root DIR           thư mục dự án (mặc định: thư mục hiện tại)
  -y, --yes            không hỏi: dùng tuỳ chọn và giá trị mặc định
  -h, --help           hiện hướng dẫn này

Mã thoát: 0 khi đã tạo, 1 khi tệp tạo ra chưa qua kiểm tra, 2 khi thiếu hoặc sai tuỳ chọn.`;

const args = parseCli(HELP, {
  title: { type: 'string' },
  summary: { type: 'string' },
  kind: { type: 'string' },
  person: { type: 'string' },
  unit: { type: 'string' },
  level: { type: 'string' },
  locality: { type: 'string' },
  field: { type: 'string', multiple: true },
  item: { type: 'string', multiple: true },
  achieved: { type: 'string' },
  published: { type: 'string' },
  phase: { type: 'string' },
  source: { type: 'string' },
  'source-url': { type: 'string' },
  author: { type: 'string' },
  'author-unit': { type: 'string' },
  slug: { type: 'string' },
  root: { type: 'string', default: '.' },
  yes: { type: 'boolean', short: 'y', default: false },
}, 'Tuỳ chọn không hợp lệ (hãy xem hướng dẫn bên dưới): ');

const root = resolve(args.root);
const today = resolveBuildDate(process.env);
let entries;
try {
  entries = readEntries(root, ['localities', 'contents', 'phases']);
} catch (error) {
  if (!(error instanceof ContentProblems)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;
const localities = entries.list('localities').sort(byOrder);
const fields = entries.list('contents').sort(byOrder);
const phases = entries.list('phases').sort(byOrder);
if (!localities.length || !fields.length || !phases.length) {
  console.error(`✗ Không tìm thấy content/localities, content/contents hoặc content/phases trong ${root}. Chạy lệnh trong thư mục dự án hoặc dùng --root.`);
  process.exit(2);
}

/** Each kind by its ASCII flag (tap-the) and by its own name (tập thể). */
const KIND_BY_FLAG = new Map<string, ExemplarKind>(EXEMPLAR_KINDS.flatMap((kind) => [[slugify(kind), kind], [kind, kind]]));
const phaseFor = (date: string) => {
  const d = parsePartialDate(date);
  return d ? phases.find((p) => isInPhase(d, p.data))?.id : undefined;
};
const gitUser = (() => {
  try {
    return execFileSync('git', ['config', 'user.name'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
})();

/** A question: its flag value wins; otherwise the default (with --yes) or the editor's answer. */
interface Question {
  flag: string | undefined;
  prompt: string;
  fallback?: () => string | undefined;
  /** An error message in Vietnamese, or undefined when the answer is acceptable. */
  validate: (answer: string) => string | undefined;
  optional?: boolean;
}

const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
const interactive = !args.yes;
const missing: string[] = [];

async function ask(name: string, q: Question): Promise<string | undefined> {
  const fallback = q.fallback?.();
  if (q.flag !== undefined) {
    const error = q.validate(q.flag.trim());
    if (error) {
      console.error(`✗ --${name}: ${error}`);
      process.exit(2);
    }
    return q.flag.trim();
  }
  if (!interactive) {
    if (fallback === undefined && !q.optional) missing.push(`--${name}`);
    return fallback;
  }
  for (;;) {
    process.stdout.write(`${q.prompt}${fallback ? ` [${fallback}]` : ''}: `);
    const next = await lines.next();
    if (next.done) {
      console.error('\n✗ Dừng vì không còn câu trả lời.');
      process.exit(2);
    }
    const answer = next.value.trim() || fallback || '';
    if (!answer && q.optional) return undefined;
    const error = answer ? q.validate(answer) : 'Cần trả lời câu này.';
    if (!error) return answer;
    console.log(`  ✗ ${error}`);
  }
}

/** An answer checked by the story schema's own field, so limits and messages are the check's. */
const STORY = plainSchema('exemplars').shape;
const bySchema = (field: z.ZodType) => (s: string) => {
  const result = field.safeParse(s, { error: (issue) => vietnameseIssueMessage(issue) });
  return result.success ? undefined : result.error.issues[0]?.message;
};
const oneOfIds = (items: Array<{ id: string }>, what: string) => (answer: string) =>
  answer
    .split(/[,\s]+/)
    .filter(Boolean)
    .every((id) => items.some((i) => i.id === id))
    ? undefined
    : `Chọn ${what} trong: ${items.map((i) => i.id).join(', ')}.`;
const isDate = (s: string) => (parsePartialDate(s) ? undefined : 'Viết dạng 2025-03-21, 2025-03, 2025-Q1 hoặc 2025.');
const notFuture = (s: string) => {
  const d = parsePartialDate(s);
  if (!d) return isDate(s);
  return partialDateRange(d).start > today ? `Thời điểm này ở sau hôm nay (${isoDay(today)}).` : undefined;
};

if (interactive) {
  console.log('Tạo câu chuyện điển hình mới. Enter để nhận giá trị trong [ngoặc vuông].\n');
}

const title = await ask('title', { flag: args.title, prompt: 'Tiêu đề', validate: bySchema(STORY.title) });
const summary = await ask('summary', { flag: args.summary, prompt: 'Tóm tắt (một đoạn)', validate: bySchema(STORY.summary) });
const kindAnswer = await ask('kind', {
  flag: args.kind,
  prompt: 'Tập thể hay cá nhân (tap-the/ca-nhan)',
  fallback: () => slugify(EXEMPLAR_KINDS[0]),
  validate: (s) => (KIND_BY_FLAG.has(s) ? undefined : `Trả lời ${EXEMPLAR_KINDS.map((k) => slugify(k)).join(' hoặc ')}.`),
});
const kind = KIND_BY_FLAG.get(kindAnswer ?? '') ?? EXEMPLAR_KINDS[0];
const person =
  kind === 'cá nhân' ? await ask('person', { flag: args.person, prompt: 'Họ và tên người được nêu gương', validate: bySchema(STORY.person.unwrap()) }) : undefined;
const unitName = await ask('unit', { flag: args.unit, prompt: 'Tên đơn vị', validate: bySchema(STORY.unit.shape.name) });
const level = await ask('level', {
  flag: args.level,
  prompt: `Cấp đơn vị (${UNIT_LEVELS.join(' / ')})`,
  fallback: () => UNIT_LEVELS[0],
  validate: bySchema(STORY.unit.shape.level),
});
if (interactive) console.log(`  Nội dung thi đua: ${fields.map((f) => `${f.id} (${f.data.name})`).join(', ')}`);
const fieldAnswer = await ask('field', {
  flag: args.field?.join(','),
  prompt: 'Mã nội dung thi đua (nhiều mã cách nhau bằng dấu phẩy)',
  fallback: () => fields[0]!.id,
  validate: oneOfIds(fields, 'mã nội dung thi đua'),
});
const chosenFields = (fieldAnswer ?? '').split(/[,\s]+/).filter(Boolean);
const itemChoices = fields
  .filter((f) => chosenFields.includes(f.id))
  .flatMap((f) => f.data.items.map((i) => ({ id: i.id })));
const itemAnswer = await ask('item', {
  flag: args.item?.join(','),
  prompt: `Mã nội dung cụ thể (tuỳ chọn; ${itemChoices.map((i) => i.id).join(', ')})`,
  validate: oneOfIds(itemChoices, 'mã nội dung cụ thể của nội dung đã chọn'),
  optional: true,
});
const achievedOn = await ask('achieved', {
  flag: args.achieved,
  prompt: 'Thời điểm đạt thành tích',
  fallback: () => isoDay(today).slice(0, 7),
  validate: notFuture,
});
// Asked after the date: districts ended on 30/6/2025, so only the localities that existed then
// are offered (docs/figures.md, "Localities over time").
const achievedDate = parsePartialDate(achievedOn ?? '');
const validLocalities = achievedDate ? localities.filter((l) => wasValidDuring(l.data, achievedDate)) : localities;
if (interactive) console.log(`  Địa bàn lúc đạt thành tích: ${validLocalities.map((l) => `${l.id} (${l.data.name})`).join(', ')}`);
const locality = await ask('locality', {
  flag: args.locality,
  prompt: 'Mã địa bàn',
  fallback: () => (validLocalities.find((l) => l.data.level === 'cấp tỉnh') ?? validLocalities[0] ?? localities[0]!).id,
  validate: oneOfIds(validLocalities, 'một mã địa bàn có hiệu lực vào thời điểm đạt thành tích'),
});
const publishedOn = await ask('published', {
  flag: args.published,
  prompt: 'Ngày đăng',
  fallback: () => isoDay(today),
  validate: (s) => (parsePartialDate(s)?.precision === 'day' ? notFuture(s) : 'Viết đủ ngày, dạng 2025-03-21.'),
});
const phase = await ask('phase', {
  flag: args.phase,
  prompt: `Mã giai đoạn (${phases.map((p) => p.id).join(', ')})`,
  fallback: () => phaseFor(achievedOn ?? ''),
  validate: oneOfIds(phases, 'một mã giai đoạn'),
});
const source = await ask('source', { flag: args.source, prompt: 'Nguồn tin (báo cáo, bài báo…)', validate: bySchema(STORY.sources.element.shape.title) });
const sourceUrl = await ask('source-url', {
  flag: args['source-url'],
  prompt: 'Đường dẫn của nguồn tin (tuỳ chọn)',
  validate: (s) => (/^https?:\/\/\S+$/.test(s) ? undefined : 'Viết đường dẫn đầy đủ, bắt đầu bằng https://'),
  optional: true,
});
const author = await ask('author', { flag: args.author, prompt: 'Người viết', fallback: () => gitUser, validate: bySchema(STORY.author.shape.name) });
const authorUnit = await ask('author-unit', { flag: args['author-unit'], prompt: 'Đơn vị của người viết (tuỳ chọn)', validate: () => undefined, optional: true });

if (missing.length) {
  console.error(`✗ Thiếu: ${missing.join(', ')}. Thêm các tuỳ chọn đó, hoặc chạy không có --yes để được hỏi.\n\n${HELP}`);
  process.exit(2);
}

const exemplars = join(root, 'content/exemplars');
const taken = new Set([...(existsSync(exemplars) ? readdirSync(exemplars) : []), ...RESERVED_STORY_SLUGS]);
const slug = args.slug ?? uniqueSlug(slugify(title!) || 'cau-chuyen', taken);
if (!SLUG_PATTERN.test(slug) || taken.has(slug)) {
  console.error(`✗ Tên thư mục “${slug}” không dùng được (đã có, hoặc có chữ hoa, dấu, ký tự đặc biệt). Chọn --slug khác.`);
  process.exit(2);
}

const story: NewStory = {
  title: title!,
  summary: summary!,
  kind,
  person,
  unit: { name: unitName!, level: level! },
  locality: locality!,
  fields: chosenFields,
  items: (itemAnswer ?? '').split(/[,\s]+/).filter(Boolean),
  phase: phase!,
  achievedOn: achievedOn!,
  publishedOn: publishedOn!,
  source: { title: source!, url: sourceUrl },
  author: { name: author!, unit: authorUnit },
};
const folder = join(exemplars, slug);
mkdirSync(folder, { recursive: true });
const file = join(folder, 'index.md');
writeFileSync(file, storyMarkdown(story));
const relativeFile = `content/exemplars/${slug}/index.md`;

const result = checkContent({ root, today, rules: DEFAULT_RULES });
const own = result.problems.filter((p) => p.file.startsWith(`content/exemplars/${slug}/`));
if (own.length) {
  for (const p of own) console.error(formatProblem(p));
  console.error(`✗ Đã tạo ${relativeFile} nhưng tệp chưa qua kiểm tra; sửa các lỗi trên.`);
  process.exit(1);
}
console.log(`✓ Đã tạo ${relativeFile}
  Tiếp theo: mở tệp, viết nội dung câu chuyện, thêm ảnh (nếu có) vào cùng thư mục,
  rồi chạy “npm run check” và gửi pull request (xem CONTRIBUTING.md).`);
process.exit(0);
