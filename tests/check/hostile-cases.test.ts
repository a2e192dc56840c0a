import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASE_NAMES as names, HOSTILE_CASES as cases, hostileStories, STACK_FRAME } from '../support/hostile-cases.ts';
import { NODE, ROOT, TEST_BUILD_DATE } from '../support/paths.ts';
import { checkProject } from '../support/projects.ts';

const DEFAULT_FILE = 'content/exemplars/mau-a-duong-be-tong/index.md';

interface Outcome {
  status: number | null;
  output: string;
  stdout: string;
  ms: number;
  timedOut: boolean;
}

const outcomes = new Map<string, Outcome>();

/**
 * The classes of hostile file docs/security.md defends against, each refused by the check.
 * (Line endings and a BOM are read, not refused: tests/build/check-implies-build.test.ts;
 * picture metadata is stripped, not refused: tests/build/story-files-build.test.ts.)
 */
const CLASSES = [
  'head-injection',
  'url-scheme',
  'comment-breakout',
  'control-chars',
  'symlink',
  'dot-folder',
  'picture-content',
  'nesting',
  'crash',
  'yaml-disagreement',
];

beforeAll(() => {
  for (const name of names) {
    const root = checkProject(`hostile-${name}`, hostileStories(name));
    const started = performance.now();
    const run = spawnSync(NODE, ['scripts/check-content.ts', '--root', root], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
    });
    outcomes.set(name, {
      status: run.status,
      stdout: run.stdout,
      output: `${run.stdout}\n${run.stderr}`,
      ms: performance.now() - started,
      timedOut: run.error !== undefined,
    });
  }
}, 30_000 * 20);

describe('npm run check on hostile stories', () => {
  it('has a case for every class, and every case names a known class', () => {
    const classes = [...cases.values()].map((spec) => spec.class);
    expect(new Set(classes)).toEqual(new Set(CLASSES));
  });

  it.each(names)('%s: refused in under 5 s, naming the file and field, with no stack trace', (name) => {
    const spec = cases.get(name)!;
    const outcome = outcomes.get(name)!;
    expect(outcome.timedOut, 'the check ran 30 s without answering').toBe(false);
    expect(outcome.output).not.toMatch(STACK_FRAME);
    expect(outcome.status, outcome.output).toBe(1);
    const prefix = `${spec.file ?? DEFAULT_FILE}:`;
    const match = outcome.stdout.split('\n').find((line) => {
      const parts = /^(.+?):(\d+) {2}(\S+) {2}(.+) — (.+)$/.exec(line);
      return parts && `${parts[1]}:` === prefix && parts[3] === spec.field && line.includes(spec.says);
    });
    expect(match, `expected “${prefix}…  ${spec.field}  …${spec.says}…” in:\n${outcome.output}`).toBeDefined();
    expect(outcome.ms).toBeLessThan(5_000);
  });
});
