import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/lib/check/run-check.ts';
import { readCollection } from '../../src/lib/content/read-entry.ts';
import { HOSTILE_CASE_NAMES, HOSTILE_CASES, hostileStories, STACK_FRAME } from '../support/hostile-cases.ts';
import { NODE, TEST_BUILD_DATE } from '../support/paths.ts';
import { checkProject, FIXTURES, projectCopy, TMP } from '../support/projects.ts';

/**
 * “The check passes ⇒ the build succeeds”, over every story fixture: the valid ones, each
 * invalid one, the hostile body, every hostile case, and edge cases of reading generated here
 * (byte-order mark, CRLF, CR-only line endings, a title that looks like a date), which must be
 * accepted and read the same by both.
 *
 * Each fixture goes through the real check (runContentCheck, what the CLI runs: rules and pictures). Every accepted
 * one is then built with `--skip-check`, all together in one project (each also checked there).
 *
 * Refused fixtures are not all built: a build costs seconds, and most are refused by the schema
 * or a rule, which the build runs through the same zod schemas (tests/build/hostile-story.test.ts
 * builds the hostile body). What the build must survive on its own is what the shared reader
 * refuses: YAML (tags, alias bombs, depth) and body bounds (nesting, size, lines, marks), where
 * a build used to hang or crash. Those hostile cases, derived by running the reader itself, are
 * built together once, and that build must stop (within 30 s, the bound) with no stack
 * trace and a Vietnamese line naming each story's file.
 */
const env = { ...process.env, BUILD_DATE: TEST_BUILD_DATE };
const today = new Date(`${TEST_BUILD_DATE}T00:00:00+07:00`);

/** Stories that only differ from a valid one in how they are written down. */
function edgeStories(): string {
  const dir = join(TMP, 'edge-stories');
  rmSync(dir, { recursive: true, force: true });
  const model = readFileSync(join(FIXTURES, 'valid/mau-b-tiet-kiem-dien-van-phong/index.md'), 'utf8');
  const variants: Record<string, (text: string) => string> = {
    'mau-d-dau-bom': (text) => `\uFEFF${text.replace(/^title: .+$/m, 'title: LĐLĐ huyện Mẫu D lưu tệp có BOM')}`,
    'mau-d-dong-crlf': (text) => text.replace(/^title: .+$/m, 'title: LĐLĐ huyện Mẫu D lưu tệp kiểu Windows').replaceAll('\n', '\r\n'),
    'mau-d-dong-cr': (text) => text.replace(/^title: .+$/m, 'title: LĐLĐ huyện Mẫu D lưu tệp kiểu Mac cũ').replaceAll('\n', '\r'),
    'mau-d-tieu-de-la-ngay': (text) => text.replace(/^title: .+$/m, 'title: 2024-07-15'),
  };
  for (const [slug, variant] of Object.entries(variants)) {
    mkdirSync(join(dir, slug), { recursive: true });
    const text = variant(model);
    if (text === model) throw new Error(`The ${slug} variant changed nothing: the model fixture is stale.`);
    writeFileSync(join(dir, slug, 'index.md'), text);
  }
  return dir;
}

interface Fixture {
  name: string;
  stories: string;
}

const fixtures: Fixture[] = [
  { name: 'valid', stories: join(FIXTURES, 'valid') },
  { name: 'edge', stories: edgeStories() },
  { name: 'hostile', stories: join(FIXTURES, 'hostile') },
  ...readdirSync(join(FIXTURES, 'invalid'))
    .sort()
    .map((name) => ({ name: `invalid-${name}`, stories: join(FIXTURES, 'invalid', name) })),
  ...HOSTILE_CASE_NAMES.map((name) => ({ name: `case-${name}`, stories: hostileStories(name) })),
];

const check = async (root: string) => (await runContentCheck({ root, today })).problems;

/** One project holding every story of `sets`, each story folder renamed `<set>-<story>` so none collide. */
function combinedStories(name: string, sets: Fixture[]): string {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const set of sets) {
    for (const story of readdirSync(set.stories)) cpSync(join(set.stories, story), join(dir, `${set.name}-${story}`), { recursive: true });
  }
  return dir;
}

function build(name: string, stories: string, timeout: number) {
  const project = projectCopy(name);
  rmSync(join(project, 'content/exemplars'), { recursive: true, force: true });
  cpSync(stories, join(project, 'content/exemplars'), { recursive: true });
  const run = spawnSync(NODE, ['scripts/build.ts', '--out', 'dist', '--skip-check'], { cwd: project, encoding: 'utf8', env, timeout });
  return { project, run, output: `${run.stdout}\n${run.stderr}` };
}

const accepted: Fixture[] = [];
let acceptedBuild: ReturnType<typeof build>;
const readerRefused: string[] = [];
let refusedBuild: ReturnType<typeof build>;

beforeAll(async () => {
  for (const fixture of fixtures) {
    if ((await check(checkProject(`implies-${fixture.name}`, fixture.stories))).length === 0) accepted.push(fixture);
  }
  const acceptedStories = combinedStories('implies-accepted', accepted);
  // All accepted stories together are a content tree the check passes too, so one build decides.
  const together = await check(checkProject('implies-accepted', acceptedStories));
  if (together.length) throw new Error(`The accepted fixtures clash when combined:\n${together.map((p) => p.message).join('\n')}`);
  acceptedBuild = build('implies-accepted', acceptedStories, 120_000);

  const cases = HOSTILE_CASE_NAMES.filter((name) => ['nesting', 'crash', 'yaml-disagreement'].includes(HOSTILE_CASES.get(name)!.class));
  for (const name of cases) {
    const root = checkProject(`implies-reader-${name}`, hostileStories(name));
    if (readCollection(root, 'exemplars').problems.length) readerRefused.push(name);
  }
  const refusedStories = combinedStories(
    'implies-refused',
    readerRefused.map((name) => ({ name, stories: hostileStories(name) })),
  );
  refusedBuild = build('implies-refused', refusedStories, 30_000);
}, 600_000);

describe('check passes ⇒ build succeeds, over every story fixture', () => {
  it('accepts the valid fixtures and the edge cases of reading, and refuses every invalid and hostile one', () => {
    const names = accepted.map((f) => f.name);
    expect(names).toContain('valid');
    expect(names).toContain('edge');
    expect(names.filter((name) => name.startsWith('invalid-'))).toEqual([]);
    expect(names).not.toContain('hostile');
  });

  it('builds every story the check accepts', () => {
    expect(acceptedBuild.run.error, 'the build ran 120 s without finishing').toBeUndefined();
    expect(acceptedBuild.run.status, acceptedBuild.output).toBe(0);
    for (const fixture of accepted) {
      for (const story of readdirSync(fixture.stories)) {
        const page = join(acceptedBuild.project, 'dist/cau-chuyen', `${fixture.name}-${story}`, 'index.html');
        expect(() => readFileSync(page), page).not.toThrow();
      }
    }
  });

  it('reads a BOM, CRLF, CR-only endings and a date-looking title exactly as the check did', () => {
    const page = (slug: string) =>
      parseHTML(readFileSync(join(acceptedBuild.project, 'dist/cau-chuyen', `edge-${slug}`, 'index.html'), 'utf8')).document;
    expect(page('mau-d-tieu-de-la-ngay').querySelector('h1')?.textContent).toBe('2024-07-15');
    expect(page('mau-d-dau-bom').querySelector('h1')?.textContent).toBe('LĐLĐ huyện Mẫu D lưu tệp có BOM');
    expect(page('mau-d-dong-crlf').querySelector('h1')?.textContent).toBe('LĐLĐ huyện Mẫu D lưu tệp kiểu Windows');
    const cr = page('mau-d-dong-cr');
    expect(cr.querySelector('h1')?.textContent).toBe('LĐLĐ huyện Mẫu D lưu tệp kiểu Mac cũ');
    expect(cr.querySelector('article')?.textContent).toContain('Câu chuyện giả định về tiết kiệm điện');
  });
});

describe('a build with --skip-check on stories the shared reader refuses', () => {
  it('covers every class the reader owns', () => {
    const classes = new Set(readerRefused.map((name) => HOSTILE_CASES.get(name)!.class));
    expect([...classes].sort()).toEqual(['crash', 'nesting', 'yaml-disagreement']);
  });

  it('stops within 30 s with no stack trace, naming each story file in Vietnamese', () => {
    expect(refusedBuild.run.error, 'the build ran without answering').toBeUndefined();
    expect(refusedBuild.output).not.toMatch(STACK_FRAME);
    expect(refusedBuild.run.status).not.toBe(0);
    expect(refusedBuild.output).toContain('Nội dung không đọc được, không dựng trang');
    for (const name of readerRefused) expect(refusedBuild.output).toContain(`content/exemplars/${name}-mau-a-duong-be-tong/index.md:`);
  });
});
