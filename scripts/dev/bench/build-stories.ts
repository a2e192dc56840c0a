#!/usr/bin/env node
/**
 * A full build (check, Astro, Pagefind) of a project copy with 1,000 synthetic stories: story
 * lists paginate and the sidebar does not grow, so each page stays the same size.
 */
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStories } from '../generate-stories.ts';
import { buildableProject } from '../../lib/project-copy.ts';
import { BENCH_TODAY, benchEnv } from './_pinned-date.ts';
import { recordResult } from './_record.ts';
import { parseCli } from '../../lib/cli.ts';

const HELP = `Usage: npm run bench -- build-stories [-- options]
       node scripts/dev/bench/build-stories.ts [options]

Builds a copy of the project (under .bench/) with synthetic stories exactly as "npm run build"
does (content check, Astro, Pagefind, atomic swap) and prints the build time, page count,
output size and the size of a story page and of a list page.

Options:
  --count N    stories (default 1000)
  --write      record the result in docs/benchmarks.md (section "Content check")
  -h, --help   show this help`;

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const args = parseCli(HELP, {
  count: { type: 'string', default: '1000' },
  write: { type: 'boolean', default: false },
});
const count = Number(args.count);

const project = buildableProject(REPO, join(REPO, '.bench/build-stories'));
console.log(`  Tạo ${count} câu chuyện tổng hợp…`);
generateStories({ out: join(project, 'content/exemplars'), count, today: BENCH_TODAY });
console.log('  Dựng trang (npm run build)…');
const started = performance.now();
const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', 'dist'], {
  cwd: project,
  encoding: 'utf8',
  env: benchEnv(),
});
const seconds = (performance.now() - started) / 1000;
if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
const dist = join(project, 'dist');
const pages = globSync('**/*.html', { cwd: dist }).length;
const bytes = globSync('**/*', { cwd: dist, withFileTypes: true })
  .filter((d) => d.isFile())
  .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
const storyPage = readFileSync(join(dist, 'cau-chuyen/mau-tong-hop-0001/index.html'), 'utf8');
const listPage = readFileSync(join(dist, 'cau-chuyen/index.html'), 'utf8');
const sidebarLinks = (storyPage.match(/id="starlight__sidebar"[\s\S]*?<\/nav>/)?.[0].match(/<a /g) ?? []).length;
rmSync(project, { recursive: true, force: true });

const kib = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KiB`;
console.log(
  `${count} câu chuyện: ${seconds.toFixed(1)} s, ${pages} trang HTML, ${(bytes / 2 ** 20).toFixed(1)} MiB; trang câu chuyện ${kib(storyPage)}, trang danh sách ${kib(listPage)}, ${sidebarLinks} liên kết ở thanh bên`,
);

if (args.write) {
  const markdown = [
    `\`npm run bench -- build-stories -- --write\` builds a copy of the project (under \`.bench/\`) with`,
    `${count.toLocaleString('en')} synthetic stories exactly as \`npm run build\` does: content check, Astro, Pagefind, atomic swap.`,
    '',
    '| stories | build time (wall) | HTML pages | `dist/` size | one story page | list page 1 | sidebar links on a story page |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${count.toLocaleString('en')} | ${seconds.toFixed(1)} s | ${pages.toLocaleString('en')} | ${(bytes / 2 ** 20).toFixed(1)} MiB | ${kib(storyPage)} | ${kib(listPage)} | ${sidebarLinks} |`,
    '',
    'Lists show 20 stories a page (`/cau-chuyen/trang/N/` and each filter value’s own pages) and the',
    'sidebar has one link to the list whatever the number of stories, so pages do not grow with the content.',
  ].join('\n');
  recordResult('build-stories', 'Content check', markdown);
}
