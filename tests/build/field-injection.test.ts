import { spawnSync } from 'node:child_process';
import { copyFileSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'astro/zod';
import { parseHTML } from 'linkedom';
import type { Nodes } from 'mdast';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { exemplarSchema } from '../../src/lib/schemas/exemplars.ts';
import { stringFields, type FieldPath, type StringField } from '../../src/lib/schemas/fields.ts';
import { plainRef } from '../../src/lib/schemas/refs.ts';
import { parseStoryBody, walk } from '../../src/lib/stories/markdown.ts';
import { toIndexForm } from '../../src/lib/search/vietnamese.ts';
import { isSafeLink } from '../../src/lib/text/safe-url.ts';
import { NODE, TEST_BUILD_DATE } from '../support/paths.ts';
import { FIXTURES, projectCopy } from '../support/projects.ts';

/**
 * Every text field of a story, in turn, carries a payload that tries to leave its context:
 * close the <title>, open a <script>, add an element with a handler, close a CDATA section or
 * a comment. One build (`--skip-check`: the build's own defences, not the check's) of one story
 * per field; then every sink is read as its consumer would (HTML pages, rss.xml as strict XML,
 * du-lieu.json, the Pagefind index) and the payload must be there as text and nowhere as markup.
 * The fields come from the schema itself: a text field added later is covered without an edit.
 */

const SCHEMA_FIELDS = stringFields(exemplarSchema({ ref: plainRef, image: () => z.string() }));
const BODY = 'body';

/** A marker no page holds by itself, so any element, attribute or comment carrying it came from a payload. */
const MARK = 'zqxmau';
/** Each piece tries a different way out; the whole must stay ≤ 120 characters (the title's limit). */
const TEXT_PAYLOAD = `${MARK} </title></script><script>alert(1)</script>"'><img src=x onerror=${MARK}><${MARK}-x ${MARK}=1>]]><!--x--!>&amp;`;
/** A valid https:// address whose query tries the same; the schema allows it, so the sinks must cope. */
const URL_PAYLOAD = `https://example.org/?${MARK}="'><img/src=x/onerror=${MARK}><${MARK}-x/${MARK}=1>]]>--!></script>`;
/** A body: the payload as text (code), as raw HTML, as a comment breakout and as a link. */
const BODY_PAYLOAD = [
  `Đoạn mở đầu \`${TEXT_PAYLOAD}\` vẫn là chữ.`,
  `<${MARK}-x ${MARK}=1 onclick=alert(1)>chen</${MARK}-x> <img src=x onerror=${MARK}>`,
  `<!-- ghi chú --!> <${MARK}-x ${MARK}=1>thoát</${MARK}-x> -->`,
  `[bấm](javascript:${MARK}) và [xa](data:text/html,<script>${MARK}</script>)`,
].join('\n\n');

interface Case {
  slug: string;
  field: string;
  path: FieldPath | typeof BODY;
  payload: string;
}

const fieldName = (path: FieldPath) => path.join('.').replace(/\.\*/g, '[]');
const CASES: Case[] = [
  ...SCHEMA_FIELDS.map((f: StringField, i): Case => ({
    slug: `mau-tiem-${String(i + 1).padStart(2, '0')}`,
    field: fieldName(f.path),
    path: f.path,
    payload: f.kind === 'https-url' ? URL_PAYLOAD : TEXT_PAYLOAD,
  })),
  { slug: 'mau-tiem-noi-dung', field: BODY, path: BODY, payload: BODY_PAYLOAD },
];

/** A valid fictional story with every optional text field filled, so each has somewhere to go. */
const VALID = join(FIXTURES, 'valid/mau-a-duong-be-tong-thon');
function baseStory(): Record<string, unknown> {
  const [, frontmatter] = readFileSync(join(VALID, 'index.md'), 'utf8').split(/^---$/m);
  return {
    ...(parseYaml(frontmatter!) as Record<string, unknown>),
    kind: 'cá nhân',
    person: 'Trần Văn Mẫu',
    sources: [{ title: 'Báo cáo giả định của Công đoàn cơ sở Mẫu A', url: 'https://example.org/bao-cao' }],
    editor: 'Biên tập viên Mẫu B',
  };
}

function setAt(data: Record<string, unknown>, path: FieldPath, value: string): void {
  let at: Record<string, unknown> | unknown[] = data;
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    const index = key === '*' ? 0 : key;
    const holder = at as Record<string | number, unknown>;
    if (last) holder[index] = value;
    else at = holder[index] as Record<string, unknown>;
  });
}

function getAt(data: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown> | undefined)?.[key === '*' ? 0 : key], data);
}

let dist: string;

beforeAll(() => {
  const project = projectCopy('field-injection');
  for (const c of CASES) {
    const story = baseStory();
    if (c.path !== BODY) setAt(story, c.path, c.payload);
    const dir = join(project, 'content/exemplars', c.slug);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(VALID, 'anh-bia.jpg'), join(dir, 'anh-bia.jpg'));
    const body = c.path === BODY ? c.payload : 'Câu chuyện giả định dùng để kiểm thử.';
    writeFileSync(join(dir, 'index.md'), `---\n# TEST FIXTURE: a hostile fictional story.\n${toYaml(story)}---\n\n${body}\n`);
  }
  dist = join(project, 'dist');
  const built = spawnSync(NODE, ['scripts/build.ts', '--out', dist, '--skip-check'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });
  if (built.status !== 0) throw new Error(`Build failed:\n${built.stdout}\n${built.stderr}`);
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const storyPath = (c: Case) => `cau-chuyen/${c.slug}/index.html`;

/** Everything a payload could have turned into markup: elements, attributes, comments, scripts. */
function markupFromPayload(document: Document): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 8 && (node as Comment).data.includes(MARK)) found.push(`comment ${(node as Comment).data}`);
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      if (tag.includes(MARK)) found.push(`element <${tag}>`);
      if (tag === 'script' && /alert|zqx/.test(el.textContent ?? '')) found.push(`script ${el.textContent}`);
      if (tag === 'img' && el.getAttribute('src') === 'x') found.push('img src=x');
      if (tag === 'meta' && el.hasAttribute('http-equiv') && /refresh/i.test(el.getAttribute('http-equiv')!)) found.push('meta refresh');
      for (const attr of el.attributes) {
        if (attr.name.includes(MARK) || /^on/i.test(attr.name)) found.push(`attribute ${tag}[${attr.name}]`);
        if (/^(href|src)$/i.test(attr.name) && /^\s*(javascript|vbscript|data:text|file):/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(document);
  return found;
}

/** Text and attribute values of a document, where a payload that stayed text is found. */
function textsOf(document: Document): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) texts.push((node as Text).data);
    if (node.nodeType === 1) for (const attr of (node as Element).attributes) texts.push(attr.value);
    for (const child of node.childNodes) visit(child);
  };
  visit(document);
  texts.push(document.documentElement?.textContent ?? '');
  return texts;
}

const documentOf = (html: string) => parseHTML(html).document as unknown as Document;

/**
 * The feed's items, each as its child elements' texts, read by a conforming XML 1.0 parser
 * (saxes): any well-formedness error, a disallowed character included, fails the test.
 */
function rssItems(xml: string): Array<Record<string, string[]>> {
  const parser = new SaxesParser();
  const errors: string[] = [];
  const items: Array<Record<string, string[]>> = [];
  let item: Record<string, string[]> | undefined;
  let field: { name: string; text: string } | undefined;
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => {
    if (tag.name === 'item') item = {};
    else if (item) field = { name: tag.name, text: '' };
  });
  parser.on('text', (text) => {
    if (field) field.text += text;
  });
  parser.on('cdata', (text) => {
    if (field) field.text += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'item' && item) {
      items.push(item);
      item = undefined;
    } else if (item && field) {
      (item[field.name] ??= []).push(field.text);
      field = undefined;
    }
  });
  parser.write(xml).close();
  expect(errors).toEqual([]);
  return items;
}

describe(`a hostile payload in each of ${CASES.length} story fields, built without the check`, () => {
  it('covers every text and URL field of the schema, plus the body', () => {
    expect(CASES.map((c) => c.field)).toEqual([...SCHEMA_FIELDS.map((f) => fieldName(f.path)), BODY]);
    expect(SCHEMA_FIELDS.length).toBeGreaterThanOrEqual(14);
    expect(TEXT_PAYLOAD.length).toBeLessThanOrEqual(120);
  });

  it('creates no element, attribute, comment or script on any page', () => {
    const pages = globSync('**/*.html', { cwd: dist });
    expect(pages.length).toBeGreaterThan(CASES.length);
    const found = pages.flatMap((page) => markupFromPayload(documentOf(read(page))).map((what) => `${page}: ${what}`));
    expect(found).toEqual([]);
  });

  it('keeps every <title> free of raw markup', () => {
    for (const c of CASES) {
      const raw = /<title>([\s\S]*?)<\/title>/.exec(read(storyPath(c)))![1]!;
      expect(raw, c.field).not.toMatch(/</);
    }
  });

  it.each(CASES.filter((c) => c.path !== BODY).map((c) => [c.field, c] as const))('shows %s as text on the story page', (_field, c) => {
    const document = documentOf(read(storyPath(c)));
    expect(textsOf(document).some((t) => t.includes(c.payload))).toBe(true);
  });

  it('shows the title as the whole <title>, og:title and heading', () => {
    const c = CASES.find((x) => x.field === 'title')!;
    const document = documentOf(read(storyPath(c)));
    expect(document.title.startsWith(`${c.payload} | `)).toBe(true);
    expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(c.payload);
    expect(document.querySelector('h1')!.textContent).toBe(c.payload);
  });

  it('shows the body’s text and drops its markup', () => {
    const c = CASES.find((x) => x.path === BODY)!;
    const article = documentOf(read(storyPath(c))).querySelector('article.story')!;
    expect(article.textContent).toContain(TEXT_PAYLOAD);
    expect(article.textContent).toContain('bấm và xa');
  });

  it('publishes rss.xml as well-formed XML with each payload as the text of its element', () => {
    const items = rssItems(read('cau-chuyen/rss.xml'));
    const itemOf = (field: string) => items.find((item) => item.link?.[0]?.includes(CASES.find((c) => c.field === field)!.slug))!;
    expect(itemOf('title').title).toEqual([TEXT_PAYLOAD]);
    expect(itemOf('summary').description).toEqual([TEXT_PAYLOAD]);
    expect(itemOf('unit.name').category).toContain(TEXT_PAYLOAD);
  });

  it('exports each payload to du-lieu.json as the same string, with no markup in the JSON text', () => {
    const raw = read('cau-chuyen/du-lieu.json');
    expect(raw).not.toMatch(/<|>/);
    const records = new Map((JSON.parse(raw).stories as Array<{ id: string }>).map((r) => [r.id, r]));
    for (const c of CASES) {
      if (c.path === BODY) continue;
      expect(getAt(records.get(c.slug), c.path), c.field).toBe(c.payload);
    }
  });

  it('exports the body as Markdown without raw HTML or unsafe links', () => {
    const c = CASES.find((x) => x.path === BODY)!;
    const record = JSON.parse(read('cau-chuyen/du-lieu.json')).stories.find((r: { id: string }) => r.id === c.slug);
    const unsafe: string[] = [];
    walk(parseStoryBody(record.body), (node: Nodes) => {
      if (node.type === 'html') unsafe.push(node.value);
      if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && !isSafeLink(node.url)) unsafe.push(node.url);
    });
    expect(unsafe).toEqual([]);
    expect(record.body).toContain(TEXT_PAYLOAD);
  });

  it('indexes each payload for search as plain text, which Pagefind escapes before showing', () => {
    const fragments = globSync('pagefind/fragment/*.pf_fragment', { cwd: dist }).map(
      (file) => JSON.parse(gunzipSync(readFileSync(join(dist, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as {
        url: string;
        content: string;
        meta: Record<string, string>;
      },
    );
    const fragmentOf = (c: Case) => fragments.find((f) => f.url === `/cau-chuyen/${c.slug}/`)!;
    // Pagefind stores the page's text decoded once; its excerpts escape “<” and “>” before
    // adding <mark> (pagefind.js, raw_content), and src/scripts/search/ui.ts puts titles in text
    // nodes. So the index must hold exactly the text a reader saw, never the page's markup.
    for (const c of CASES.filter((x) => x.path !== BODY && !['cover.alt', 'sources[].url'].includes(x.field))) {
      expect(fragmentOf(c).content, c.field).toContain(toIndexForm(c.payload));
    }
    expect(fragmentOf(CASES.find((c) => c.field === 'title')!).meta.title).toBe(toIndexForm(TEXT_PAYLOAD));
    expect(fragmentOf(CASES.find((c) => c.path === BODY)!).content).not.toMatch(new RegExp(`<${MARK}|onerror|--!>`));
  });
});
