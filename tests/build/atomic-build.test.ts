import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileTree } from '../support/file-tree.ts';
import { NODE, TEST_BUILD_DATE } from '../support/paths.ts';
import { copyStories, FIXTURES, projectCopy } from '../support/projects.ts';

const snapshot = (dir: string) => fileTree(dir, { withStat: true });

function build(project: string, out: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(NODE, ['scripts/build.ts', '--out', out, ...extra], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE, ...env },
  });
}

/** What sits next to `out` in its folder: scratch folders, versions, links. */
function siblings(project: string, out: string): string[] {
  const name = out.slice(project.length + 1);
  return readdirSync(project)
    .filter((entry) => entry.startsWith(`${name}.`))
    .sort();
}

/** A complete site: the pages, and what the deployment steps add, all present. */
function expectCompleteSite(out: string) {
  for (const file of ['index.html', '404.html', 'sw.js', '_headers', 'sitemap-0.xml', 'pagefind/pagefind.js', 'ngoai-tuyen/index.html']) {
    expect(existsSync(join(out, file)), file).toBe(true);
  }
}

/** A previous dist/ with pages, an asset and a nested folder. */
function seed(out: string) {
  const files: Record<string, string | Buffer> = {
    'index.html': '<!doctype html><title>Bản cũ</title><p>Trang đã đăng trước đó.</p>',
    'cau-chuyen/index.html': '<!doctype html><title>Câu chuyện</title>',
    '_astro/site.css': 'body{color:#111}',
    'anh/bia.bin': Buffer.from([0, 1, 2, 255, 254]),
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  }
}

describe('a failed build leaves the previous dist/ byte-identical', () => {
  let project: string;
  beforeAll(() => {
    project = projectCopy('atomic');
  });

  it('when the content check fails', () => {
    copyStories(join(FIXTURES, 'invalid/the-script'), project);
    const out = join(project, 'dist');
    seed(out);
    const before = snapshot(out);
    const result = build(project, out);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('body  Thẻ <script> không được phép');
    expect(result.stderr).toContain('Thư mục');
    expect(snapshot(out)).toEqual(before);
    expect(siblings(project, out)).toEqual([]);
  });

  it('when Astro itself fails after the check (check skipped, cover picture missing)', () => {
    const out = join(project, 'dist-astro');
    copyStories(join(FIXTURES, 'invalid/anh-bia-khong-co'), project);
    seed(out);
    const before = snapshot(out);
    const result = build(project, out, ['--skip-check']);
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/ImageNotFound|anh-bia\.jpg/);
    expect(snapshot(out)).toEqual(before);
    expect(siblings(project, out)).toEqual([]);
  });

  it('and a successful build does replace it, with a link to the new version and nothing else left', () => {
    const out = join(project, 'dist-ok');
    // Only valid fixture stories this time.
    const exemplars = join(project, 'content/exemplars');
    for (const name of readdirSync(exemplars)) rmSync(join(exemplars, name), { recursive: true, force: true });
    seed(out);
    const result = build(project, out);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(existsSync(join(out, 'anh/bia.bin'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('Bản cũ');
    expectCompleteSite(out);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(siblings(project, out)).toEqual([readlinkSync(out)]);
  });
});

describe('publishing is one atomic rename: a build killed at any point leaves a complete dist/', () => {
  // One project, built and killed in turn; each build also cleans what the previous one left.
  let project: string;
  let out: string;
  let published: Record<string, string>;
  let leftByCrash: string[] = [];
  beforeAll(() => {
    project = projectCopy('atomic-crash');
    out = join(project, 'dist');
    const result = build(project, out, ['--skip-check']);
    if (result.status !== 0) throw new Error(result.stdout + result.stderr);
    published = snapshot(out);
  });

  it('killed just before the swap: dist/ is still the whole previous site', () => {
    const result = build(project, out, ['--skip-check'], { BUILD_CRASH_AT: 'before-swap' });
    expect(result.signal).toBe('SIGKILL');
    expect(snapshot(out)).toEqual(published);
    // The finished new version and its link, left by the killed build.
    leftByCrash = siblings(project, out).filter((name) => name !== readlinkSync(out));
    expect(leftByCrash.map((name) => name.replace(/-\d+(-[a-z0-9]+)?$/, ''))).toEqual(['dist.link', 'dist.site']);
  });

  it('killed just after the swap: dist/ is the whole new site (and the leftovers above are gone)', () => {
    const before = readlinkSync(out);
    const result = build(project, out, ['--skip-check'], { BUILD_CRASH_AT: 'after-swap' });
    expect(result.signal).toBe('SIGKILL');
    expect(result.stdout).toContain(`Dọn thư mục do lần dựng bị ngắt để lại: ${leftByCrash.join(', ')}`);
    expect(readlinkSync(out)).not.toBe(before);
    expectCompleteSite(out);
    // The previous version, which the killed build had no time to remove.
    expect(siblings(project, out)).toEqual([before, readlinkSync(out)].sort());
    published = snapshot(out);
  });

  it('killed while Astro is building: dist/ is untouched; the next build removes every leftover', async () => {
    // A real kill of the whole process group (the build and its astro child), as when a CI job
    // is cancelled, once the scratch folder has files in it.
    const child = spawn(NODE, ['scripts/build.ts', '--out', out, '--skip-check'], {
      cwd: project,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
    });
    const exited = new Promise((done) => child.on('exit', done));
    const scratch = `${out}.tmp-${child.pid}`;
    while (!existsSync(join(scratch, '_astro'))) {
      expect(child.exitCode, 'the build ended before it could be killed').toBeNull();
      await sleep(50);
    }
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    expect(snapshot(out)).toEqual(published);
    expect(existsSync(scratch)).toBe(true);

    const next = build(project, out, ['--skip-check']);
    expect(next.status, next.stdout + next.stderr).toBe(0);
    expect(next.stdout).toContain(`dist.tmp-${child.pid}`);
    expect(siblings(project, out)).toEqual([readlinkSync(out)]);
    expectCompleteSite(out);
  });

  it('a failed build into "dist/" (trailing slash) keeps the published version and its folder', () => {
    published = snapshot(out);
    copyStories(join(FIXTURES, 'invalid/anh-bia-khong-co'), project);
    const result = build(project, `${out}/`, ['--skip-check']);
    expect(result.status).toBe(1);
    expect(snapshot(out)).toEqual(published);
    expect(siblings(project, out)).toEqual([readlinkSync(out)]);
  });
});
