#!/usr/bin/env node
/**
 * Writes N synthetic, plainly fictional stories into a copy of the project, for benchmarks and
 * build tests. It refuses to write into the content/ of a git checkout (this repository or any
 * other): synthetic stories must never be committed or published.
 */
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolveBuildDate } from '../../src/lib/build-date.ts';
import { readEntries } from '../../src/lib/content/load-content.ts';
import { isoDay } from '../../src/lib/format.ts';
import { parsePartialDate, partialDateRange } from '../../src/lib/partial-date.ts';
import { isInPhase } from '../../src/lib/phases.ts';
import { wasValidDuring } from '../../src/lib/statistics/localities.ts';

const HELP = `Usage: npx node scripts/dev/generate-stories.ts (--project DIR | --out DIR) [options]

Writes synthetic stories (“Công đoàn cơ sở Mẫu 0001”…) one folder each, valid against the
content check. The target must be a throw-away copy of the project (the stories need its
content/localities, content/contents and content/phases); the content/ of a git checkout,
such as this repository, is refused.

Options:
  --project DIR   project copy: writes into DIR/content/exemplars/
  --out DIR       the exemplars folder itself: DIR/content/exemplars of a project copy
  --count N       number of stories (default 100)
  --seed N        seed of the pseudo-random choices, for repeatable output (default 1)
  --today DATE    latest date used, YYYY-MM-DD (default: BUILD_DATE or today in Vietnam)
  --quiet         no progress output
  -h, --help      show this help`;

/**
 * The real path of `target`, following links in the part that exists, so a linked folder
 * cannot smuggle stories into a checkout.
 */
function realTarget(target: string): string {
  let existing = resolve(target);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

/** The git checkout whose content/ holds `target`, if any. */
export function checkoutContentHolding(target: string): string | undefined {
  const real = realTarget(target);
  for (let dir = real; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) {
      const rel = relative(join(dir, 'content'), real);
      return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/')) ? dir : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

export interface GenerateOptions {
  /** The exemplars folder to write into (content/exemplars of a project copy). */
  out: string;
  count: number;
  seed?: number;
  today?: Date;
  onProgress?: (done: number, total: number) => void;
}

/** Small deterministic PRNG (mulberry32), so a seed gives the same stories on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** This script's own project, and the scratch folders where throw-away copies of it live. */
const OWN_PROJECT = realpathSync(fileURLToPath(new URL('../..', import.meta.url)));
const SCRATCH_SEGMENTS = ['/.bench/', '/tests/.tmp/'];

/**
 * Why `target` must not receive synthetic stories, or undefined when it may: the content/ of a
 * git checkout, or of this script's own project unless that project is itself a throw-away copy
 * (benchmarks and tests run the copy's own generator).
 */
export function refusal(target: string): string | undefined {
  const real = realTarget(target);
  const checkout = checkoutContentHolding(real);
  if (checkout) return `${real} is in the content/ of the git checkout ${checkout}`;
  const rel = relative(join(OWN_PROJECT, 'content'), real);
  const inOwnContent = rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
  if (inOwnContent && !SCRATCH_SEGMENTS.some((segment) => `${OWN_PROJECT}/`.includes(segment))) {
    return `${real} is in the content/ of this project`;
  }
  return undefined;
}

/**
 * Two plainly fictional communes of the new province (valid from 1/7/2025), so stories of
 * phase 2 have localities below the province as real ones will.
 */
function writeFictionalCommunes(folder: string) {
  if (!existsSync(folder)) return;
  const communes = [
    ['xa-mau-mot', 'Xã Mẫu Một', 'xã', 101],
    ['phuong-mau-hai', 'Phường Mẫu Hai', 'phường', 102],
  ] as const;
  for (const [id, name, kind, order] of communes) {
    const file = join(folder, `${id}.yaml`);
    if (existsSync(file)) continue;
    writeFileSync(
      file,
      `# SYNTHETIC LOCALITY written by scripts/dev/generate-stories.ts into a project copy. Fictional.\nname: ${name}\nkind: ${kind}\nlevel: cấp xã\nfrom: 2025-07-01\norder: ${order}\n`,
    );
  }
}

export function generateStories(options: GenerateOptions): string[] {
  const out = resolve(options.out);
  const why = refusal(out);
  if (why) throw new Error(`Refusing to write synthetic stories: ${why}. Use a copy of the project.`);
  // The other collections sit beside the exemplars folder, in the copy's content/.
  const content = dirname(out);
  writeFictionalCommunes(join(content, 'localities'));
  const entries = readEntries(dirname(content), ['localities', 'contents', 'phases', 'indicators']);
  const localities = entries.list('localities');
  const indicators = entries.list('indicators');
  const fields = entries.list('contents').map((f) => ({ id: f.id, items: f.data.items.map((i) => i.id) }));
  const phases = entries.list('phases');
  if (!localities.length || !fields.length || !phases.length) {
    throw new Error(`${out} is not the content/exemplars folder of a project copy: no localities, contents or phases beside it.`);
  }
  const today = options.today ?? resolveBuildDate(process.env);
  const rand = random(options.seed ?? 1);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const first = Math.min(...phases.map((p) => partialDateRange(p.data.start).start.getTime()));
  const span = today.getTime() - first;
  mkdirSync(out, { recursive: true });

  const written: string[] = [];
  for (let n = 1; n <= options.count; n++) {
    const code = String(n).padStart(4, '0');
    const slug = `mau-tong-hop-${code}`;
    const achieved = new Date(first + Math.floor(rand() * span * 0.9));
    const drawn = new Date(achieved.getTime() + Math.floor(rand() * (today.getTime() - achieved.getTime())));
    // Mostly months; some days and some bare years, which no quarter chart can place. A story is
    // published after the whole period it names has passed, so a period not yet over is a day.
    const precision = rand();
    const coarse = precision < 0.1 ? isoDay(achieved).slice(0, 4) : precision < 0.3 ? isoDay(achieved) : isoDay(achieved).slice(0, 7);
    const periodEnd = partialDateRange(parsePartialDate(coarse)!).end.getTime() - 86_400_000;
    const achievedOn = periodEnd <= today.getTime() ? coarse : isoDay(achieved);
    const published = new Date(Math.min(today.getTime(), Math.max(drawn.getTime(), partialDateRange(parsePartialDate(achievedOn)!).end.getTime() - 86_400_000)));
    const phase = phases.find((p) => isInPhase(parsePartialDate(achievedOn)!, p.data)) ?? phases[0]!;
    const chosen = rand() < 0.25 ? fields : [pick(fields)];
    const item = pick(chosen[0]!.items);
    const individual = rand() < 0.3;
    const km = (1 + Math.floor(rand() * 50)) / 10;
    // The localities that existed then: the districts until 30/6/2025, the new province and
    // its (fictional) communes after.
    const valid = localities.filter((l) => wasValidDuring(l.data, parsePartialDate(achievedOn)!));
    const locality = pick(valid.length ? valid : localities).id;
    // Some figures count towards an indicator (in its unit), others are not added up.
    const indicator = rand() < 0.6 ? pick(indicators) : undefined;
    const commendation = rand();
    const text = `---
# SYNTHETIC STORY generated by scripts/dev/generate-stories.ts for benchmarks and tests. Fictional.
title: Công đoàn cơ sở Mẫu ${code} thi đua ${chosen.length > 1 ? 'làm đường và tiết kiệm' : chosen[0]!.id === 'ha-tang' ? 'làm đường bê tông' : 'tiết kiệm chi phí'}
summary: Câu chuyện tổng hợp số ${code}, do máy tạo để đo tốc độ; đơn vị và số liệu đều là giả định.
kind: ${individual ? 'cá nhân' : 'tập thể'}
${individual ? `person: Người lao động Mẫu ${code}\n` : ''}unit:
  name: Công đoàn cơ sở Mẫu ${code}
  level: công đoàn cơ sở
locality: ${locality}
fields:
${chosen.map((f) => `  - ${f.id}`).join('\n')}
items:
  - ${item}
phase: ${phase.id}
achievedOn: ${achievedOn}
publishedOn: ${isoDay(published)}
${rand() < 0.1 ? '' : `figures:
  - label: Đường bê tông hoàn thành
    value: ${km}
    unit: km đường bê tông
${indicator ? `  - label: ${indicator.data.label}
    value: ${1 + Math.floor(rand() * 200)}
    unit: ${indicator.data.unit}
    indicator: ${indicator.id}
` : ''}  - label: Kinh phí tiết kiệm
    value: ${10 + Math.floor(rand() * 500)}
    unit: triệu đồng tiết kiệm
`}${commendation < 0.15 ? `commendation:
  status: đề nghị
  title: Bằng khen Mẫu của Liên đoàn Lao động tỉnh
` : commendation < 0.3 ? `commendation:
  status: đã nhận
  title: Giấy khen Mẫu của Công đoàn ngành
` : ''}sources:
  - title: Dữ liệu tổng hợp cho đo tốc độ
author:
  name: Máy tạo dữ liệu mẫu
---

Đoạn mở đầu của câu chuyện tổng hợp số ${code}. Nội dung này do máy tạo, **không phải** câu chuyện có thật.

## Cách làm

- Đoàn viên chia tổ, mỗi tổ nhận một phần việc.
- Công đoàn theo dõi tiến độ hằng tuần.

> Làm tốt việc nhỏ thì việc lớn cũng thành.
>
> — Nhân vật giả định ${code}

Xem [văn bản hướng dẫn](https://example.org/huong-dan) của phong trào.
`;
    const folder = join(out, slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.md'), text);
    written.push(slug);
    options.onProgress?.(n, options.count);
  }
  return written;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let args;
  try {
    args = parseArgs({
      options: {
        project: { type: 'string' },
        out: { type: 'string' },
        count: { type: 'string', default: '100' },
        seed: { type: 'string', default: '1' },
        today: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(HELP);
    process.exit(0);
  }
  const count = Number(args.count);
  const out = args.out ?? (args.project ? join(args.project, 'content/exemplars') : undefined);
  if (!out || !Number.isInteger(count) || count < 0) {
    console.error(`--project or --out is required and --count must be a whole number.\n\n${HELP}`);
    process.exit(2);
  }
  try {
    const slugs = generateStories({
      out,
      count,
      seed: Number(args.seed),
      today: resolveBuildDate(args.today ? { BUILD_DATE: args.today } : process.env),
      onProgress: args.quiet
        ? undefined
        : (done, total) => {
            if (done % 500 === 0 || done === total) process.stderr.write(`\rĐã tạo ${done}/${total} câu chuyện…`);
          },
    });
    if (!args.quiet) process.stderr.write('\n');
    console.log(`✓ ${slugs.length} câu chuyện tổng hợp trong ${resolve(out)}`);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}`);
    process.exit(1);
  }
}
