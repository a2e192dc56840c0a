#!/usr/bin/env node
/**
 * A full build (check, Astro, Pagefind) of a project copy with 1,000 synthetic stories: the
 * story lists must paginate and the sidebar must not grow, so pages stay the same size.
 */
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateStories } from '../generate-stories.ts';
import { buildableProject } from '../lib/project-copy.ts';
import { machineLine } from './machine.ts';
import type { BenchModule } from './types.ts';

export async function benchBuild(repo: string, count: number, log: (line: string) => void) {
  const project = buildableProject(repo, join(repo, '.bench/build-stories'));
  log(`Tạo ${count} câu chuyện tổng hợp…`);
  generateStories({ project, count, today: new Date(Date.UTC(2026, 10, 25)), onProgress: (done, total) => done % 1000 === 0 && done < total && log(`  ${done}/${total}…`) });
  log('Dựng trang (npm run build)…');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', 'dist'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: '2026-11-25' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const dist = join(project, 'dist');
  const pages = globSync('**/*.html', { cwd: dist });
  const bytes = globSync('**/*', { cwd: dist, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(join(d.parentPath, d.name)).size, 0);
  const storyPage = readFileSync(join(dist, 'cau-chuyen/mau-tong-hop-0001/index.html'));
  const listPage = readFileSync(join(dist, 'cau-chuyen/index.html'));
  const sidebarLinks = (storyPage.toString().match(/id="starlight__sidebar"[\s\S]*?<\/nav>/)?.[0].match(/<a /g) ?? []).length;
  rmSync(project, { recursive: true, force: true });
  return { count, seconds, pages: pages.length, bytes, storyPage: storyPage.length, listPage: listPage.length, sidebarLinks };
}

export const buildStoriesBench: BenchModule = {
  name: 'build-stories',
  heading: 'Build with 1,000 stories',
  description: 'full npm run build of a project copy with 1,000 synthetic stories (slow; run by name)',
  runByDefault: false,
  async run({ repo, log }) {
    const r = await benchBuild(repo, 1000, log);
    return [
      '`npm run bench -- build-stories` builds a copy of the project (under `.bench/`) with 1,000 synthetic',
      'stories, exactly as `npm run build` does: content check, Astro, Pagefind, atomic swap.',
      '',
      '| stories | build time (wall) | HTML pages | `dist/` size | one story page | list page 1 | sidebar links on a story page |',
      '|---|---|---|---|---|---|---|',
      `| ${r.count.toLocaleString('en')} | ${r.seconds.toFixed(1)} s | ${r.pages.toLocaleString('en')} | ${(r.bytes / 2 ** 20).toFixed(1)} MiB | ${(r.storyPage / 1024).toFixed(1)} KiB | ${(r.listPage / 1024).toFixed(1)} KiB | ${r.sidebarLinks} |`,
      '',
      'Lists show 20 stories a page (/cau-chuyen/trang/N/ and each filter\'s own pages), and the sidebar',
      'has one link to the list whatever the number of stories, so page size does not grow with the content.',
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machineLine()}.`,
    ].join('\n');
  },
};

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(`Usage: node scripts/bench/build-stories.ts [--count N]

Builds a project copy with N synthetic stories (default 1000) in .bench/ and prints the build
time, page count and output size. "npm run bench -- build-stories" records it in docs/benchmarks.md.`);
    process.exit(0);
  }
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const r = await benchBuild(repo, Number(values.count), (line) => console.error(line));
  console.log(JSON.stringify(r, null, 2));
}
