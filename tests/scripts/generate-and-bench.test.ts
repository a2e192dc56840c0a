import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../scripts/bench/record.ts';
import { NODE, ROOT } from '../support/paths.ts';

describe('scripts/generate-stories.ts', () => {
  it('refuses to write synthetic stories into the repository’s own content/', () => {
    const before = readdirSync(join(ROOT, 'content/exemplars')).sort();
    const result = spawnSync(NODE, ['scripts/generate-stories.ts', '--project', ROOT, '--count', '1'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refusing to write synthetic stories');
    expect(readdirSync(join(ROOT, 'content/exemplars')).sort()).toEqual(before);
  });

  it('prints its help', () => {
    const result = spawnSync(NODE, ['scripts/generate-stories.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--count');
  });
});

describe('recording benchmark results', () => {
  const doc = '# Benchmarks\n\nIntro.\n\n## Content check\n\nold numbers\n\n## Search\n\nsomeone else’s section\n';

  it('replaces only its own section and leaves the others alone', () => {
    const next = replaceSection(doc, 'Content check', 'new numbers');
    expect(next).toContain('## Content check\n\nnew numbers\n\n## Search\n\nsomeone else’s section');
    expect(next).not.toContain('old numbers');
  });

  it('appends a section that does not exist yet', () => {
    expect(replaceSection(doc, 'Build with 1,000 stories', 'n')).toMatch(/someone else’s section\n\n## Build with 1,000 stories\n\nn\n$/);
  });
});
