import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_DATE } from '../../scripts/dev/bench/_pinned-date.ts';
import { writeBlock } from '../../scripts/dev/bench/_record.ts';
import { addSyntheticContent } from '../../scripts/dev/bench/_synthetic.ts';
import { NODE, ROOT } from '../support/paths.ts';
import { projectCopy } from '../support/projects.ts';

describe('scripts/dev/generate-stories.ts', () => {
  it('refuses to write synthetic stories into the repository’s own content/', () => {
    const before = readdirSync(join(ROOT, 'content/exemplars')).sort();
    const result = spawnSync(NODE, ['scripts/dev/generate-stories.ts', '--project', ROOT, '--count', '1'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refusing to write synthetic stories');
    expect(readdirSync(join(ROOT, 'content/exemplars')).sort()).toEqual(before);
  });

  it('refuses the repository’s content/exemplars given directly with --out', () => {
    const result = spawnSync(NODE, ['scripts/dev/generate-stories.ts', '--out', join(ROOT, 'content/exemplars'), '--count', '1'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refusing to write synthetic stories');
    expect(result.stderr).toContain('content/exemplars');
  });

  it('writes into a throw-away copy when the copy runs its own generator (as the build benchmark does)', () => {
    const copy = projectCopy('generator-copy');
    const result = spawnSync(NODE, [join(copy, 'scripts/dev/generate-stories.ts'), '--count', '2', '--out', join(copy, 'content/exemplars')], {
      cwd: copy,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(copy, 'content/exemplars')).sort()).toEqual(['mau-tong-hop-0001', 'mau-tong-hop-0002']);
  });

  it('dates the stories of the build benchmark up to the day the bench pins, whatever today is', () => {
    // Before one pinned date, the generator used today and the check (pinned) refused the
    // stories dated after it: the benchmark broke the day after the pin.
    const copy = projectCopy('bench-stories');
    addSyntheticContent(copy, 100, 'stories');
    const result = spawnSync(NODE, ['scripts/check-content.ts', '--root', copy, '--quiet', '--today', BENCH_DATE], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('prints its help', () => {
    const result = spawnSync(NODE, ['scripts/dev/generate-stories.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--count');
  });
});

describe('recording benchmark results', () => {
  const doc = '# Benchmarks\n\nIntro.\n\n## Content check\n\nWhat the check costs.\n\n## Search\n\nsomeone else’s section\n';

  it('adds its block at the end of its section, leaving the other sections alone', () => {
    const next = writeBlock(doc, 'check-stories', 'Content check', 'numbers 1');
    expect(next).toContain(
      '## Content check\n\nWhat the check costs.\n\n<!-- bench:check-stories:start -->\nnumbers 1\n<!-- bench:check-stories:end -->\n\n## Search\n\nsomeone else’s section\n',
    );
  });

  it('replaces only its own block on the next run', () => {
    const once = writeBlock(writeBlock(doc, 'check-stories', 'Content check', 'numbers 1'), 'build-stories', 'Content check', 'build 1');
    const twice = writeBlock(once, 'check-stories', 'Content check', 'numbers 2');
    expect(twice).toContain('numbers 2');
    expect(twice).not.toContain('numbers 1');
    expect(twice).toContain('build 1');
    expect(twice.match(/bench:check-stories:start/g)).toHaveLength(1);
  });

  it('adds the section when the file has none', () => {
    expect(writeBlock('# Benchmarks\n', 'check-stories', 'Content check', 'n')).toBe(
      '# Benchmarks\n\n## Content check\n\n<!-- bench:check-stories:start -->\nn\n<!-- bench:check-stories:end -->\n',
    );
  });
});
