import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, TEST_BUILD_DATE } from '../support/paths.ts';
import { copyStories, FIXTURES, projectCopy } from '../support/projects.ts';

/** Path → sha256 of every file under `dir`, plus each file's mode and mtime. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        out[relative(dir, path)] = `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stat.mode} ${stat.mtimeMs}`;
      }
    }
  };
  walk(dir);
  return out;
}

function build(project: string, out: string, extra: string[] = []) {
  return spawnSync(NODE, ['scripts/build.ts', '--out', out, ...extra], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });
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
    expect(readdirSync(project).filter((name) => name.startsWith('dist.'))).toEqual([]);
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
    expect(readdirSync(project).filter((name) => name.startsWith('dist-astro.'))).toEqual([]);
  });

  it('and a successful build does replace it', () => {
    const out = join(project, 'dist-ok');
    // Only valid fixture stories this time.
    const exemplars = join(project, 'content/exemplars');
    for (const name of readdirSync(exemplars)) rmSync(join(exemplars, name), { recursive: true, force: true });
    seed(out);
    const result = build(project, out);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(existsSync(join(out, 'anh/bia.bin'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('Bản cũ');
  });
});
