#!/usr/bin/env node
/**
 * How long the content check takes on 5,000 synthetic stories (target: under 5 s), run as an
 * editor runs it: the real CLI, on a throw-away project whose content/exemplars holds them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/lib/check/check-content.ts';
import { DEFAULT_RULES } from '../../../src/lib/check/rules/index.ts';
import { generateStories } from '../generate-stories.ts';
import { contentOnlyProject } from '../../lib/project-copy.ts';
import { median } from './_machine.ts';
import { BENCH_DATE, BENCH_TODAY } from './_pinned-date.ts';
import { recordResult } from './_record.ts';
import { parseCli } from '../../lib/cli.ts';

const HELP = `Usage: npm run bench -- check-stories [-- options]
       node scripts/dev/bench/check-stories.ts [options]

Generates synthetic stories (scripts/dev/generate-stories.ts) into a throw-away project under
.bench/, runs "npm run check" on it several times and prints the timings. Target: 5,000
stories in under 5 s.

Options:
  --count N    stories (default 5000)
  --runs N     timed runs of the check (default 3)
  --write      record the result in docs/benchmarks.md (section "Content check")
  -h, --help   show this help`;

export const TARGET_SECONDS = 5;
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const args = parseCli(HELP, {
  count: { type: 'string', default: '5000' },
  runs: { type: 'string', default: '3' },
  write: { type: 'boolean', default: false },
});
const count = Number(args.count);
const runs = Number(args.runs);

const work = join(REPO, '.bench/check-stories');
const stories = join(work, 'exemplars');
rmSync(work, { recursive: true, force: true });
mkdirSync(stories, { recursive: true });
const project = contentOnlyProject(REPO, join(work, 'project'), stories);
console.log(`  Tạo ${count} câu chuyện tổng hợp…`);
generateStories({
  out: join(project, 'content/exemplars'),
  count,
  today: BENCH_TODAY,
  onProgress: (done, total) => {
    if (done % 1000 === 0 && done < total) console.log(`    ${done}/${total}…`);
  },
});

const wall: number[] = [];
for (let i = 1; i <= runs; i++) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', project, '--quiet', '--today', BENCH_DATE], {
    cwd: REPO,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`The check failed on synthetic stories:\n${result.stdout.slice(0, 2000)}`);
  wall.push(seconds);
  console.log(`  lần ${i}/${runs}: ${seconds.toFixed(2)} s (npm run check, cả khởi động Node)`);
}

// In-process as well, for the CPU time without Node's start-up.
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = checkContent({ root: project, today: BENCH_TODAY, rules: DEFAULT_RULES });
const inProcess = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
if (result.problems.length) throw new Error('The in-process check found problems in synthetic stories.');
rmSync(work, { recursive: true, force: true });

const m = median(wall);
console.log(`${count} câu chuyện: trung vị ${m.toFixed(2)} s (mục tiêu < ${TARGET_SECONDS} s); trong tiến trình ${inProcess.toFixed(2)} s, CPU ${cpuSeconds.toFixed(2)} s`);

if (args.write) {
  const markdown = [
    '`npm run bench -- check-stories -- --write` generates synthetic stories (`scripts/dev/generate-stories.ts`:',
    'frontmatter with figures, a list, a quote and a link) into a throw-away project under `.bench/`',
    `and runs the real \`npm run check\` on it ${runs} times. Target: ${count.toLocaleString('en')} stories in under ${TARGET_SECONDS} s.`,
    '',
    `| stories | files checked | \`npm run check\`, median of ${runs} (wall) | runs | in-process check (wall / CPU) | target met |`,
    '|---:|---:|---:|---|---:|---|',
    `| ${count.toLocaleString('en')} | ${result.files.toLocaleString('en')} | ${m.toFixed(2)} s | ${wall.map((s) => s.toFixed(2)).join(', ')} s | ${inProcess.toFixed(2)} s / ${cpuSeconds.toFixed(2)} s | ${m < TARGET_SECONDS ? 'yes' : 'no'} |`,
  ].join('\n');
  recordResult('check-stories', 'Content check', markdown);
}
