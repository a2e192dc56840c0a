#!/usr/bin/env node
/**
 * How long the content check takes on 5,000 synthetic stories (target: under 5 s), run as an
 * editor runs it: the real CLI, on a project whose content/exemplars holds the stories.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { DEFAULT_RULES } from '../../src/lib/check/rules/index.ts';
import { generateStories } from '../generate-stories.ts';
import { contentOnlyProject } from '../lib/project-copy.ts';
import { machineLine, median } from './machine.ts';
import type { BenchModule } from './types.ts';

export const TARGET_SECONDS = 5;
const TODAY = new Date(Date.UTC(2026, 10, 25));

export async function benchCheck(repo: string, count: number, runs: number, log: (line: string) => void) {
  const work = join(repo, '.bench/check-stories');
  const stories = join(work, 'exemplars');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(stories, { recursive: true });
  const project = contentOnlyProject(repo, join(work, 'project'), stories);
  log(`Tạo ${count} câu chuyện tổng hợp…`);
  generateStories({ project, count, today: TODAY, onProgress: (done, total) => done % 1000 === 0 && done < total && log(`  ${done}/${total}…`) });

  const wall: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', project, '--quiet', '--today', '2026-11-25'], {
      cwd: repo,
      encoding: 'utf8',
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`The check failed on synthetic stories:\n${result.stdout.slice(0, 2000)}`);
    wall.push(seconds);
    log(`  lần ${i}/${runs}: ${seconds.toFixed(2)} s (npm run check, cả khởi động Node)`);
  }

  // In-process, to split the time between reading/validating files and the cross-file rules.
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = checkContent({ root: project, today: TODAY, rules: DEFAULT_RULES });
  const inProcess = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (result.problems.length) throw new Error('The in-process check found problems in synthetic stories.');
  rmSync(work, { recursive: true, force: true });
  return { count, files: result.files, wall, inProcess, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

export const checkStoriesBench: BenchModule = {
  name: 'check-stories',
  heading: 'Content check',
  description: `npm run check on 5,000 synthetic stories (target < ${TARGET_SECONDS} s)`,
  runByDefault: true,
  async run({ repo, log }) {
    const r = await benchCheck(repo, 5000, 3, log);
    const m = median(r.wall);
    return [
      `\`npm run bench -- check-stories\` generates 5,000 synthetic stories (\`scripts/generate-stories.ts\`, each with`,
      `frontmatter, figures, a quote and a link) into a throw-away project under \`.bench/\` and runs the real`,
      '`npm run check` on it three times. Target: under 5 s.',
      '',
      '| stories | files checked | `npm run check`, median of 3 (wall) | runs | in-process check (wall / CPU) | target met |',
      '|---|---|---|---|---|---|',
      `| ${r.count.toLocaleString('en')} | ${r.files.toLocaleString('en')} | ${m.toFixed(2)} s | ${r.wall.map((s) => s.toFixed(2)).join(', ')} s | ${r.inProcess.toFixed(2)} s / ${r.cpuSeconds.toFixed(2)} s | ${m < TARGET_SECONDS ? 'yes' : 'no'} |`,
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machineLine()}.`,
    ].join('\n');
  },
};

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '5000' },
      runs: { type: 'string', default: '3' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: node scripts/bench/check-stories.ts [--count N] [--runs N]

Generates N synthetic stories (default 5000) in .bench/, runs "npm run check" on them --runs
times (default 3) and prints the timings. "npm run bench" runs it and records the result in
docs/benchmarks.md.`);
    process.exit(0);
  }
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const r = await benchCheck(repo, Number(values.count), Number(values.runs), (line) => console.error(line));
  console.log(`${r.count} stories: median ${median(r.wall).toFixed(2)} s (target < ${TARGET_SECONDS} s); in-process ${r.inProcess.toFixed(2)} s, CPU ${r.cpuSeconds.toFixed(2)} s`);
}
