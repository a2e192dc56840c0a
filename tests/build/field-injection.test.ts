import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { Nodes } from 'mdast';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { toIndexForm } from '../../src/lib/search/vietnamese.ts';
import { parseStoryBody, walk } from '../../src/lib/stories/markdown.ts';
import type { FieldPath } from '../../src/lib/schemas/fields.ts';
import { isSafeLink } from '../../src/lib/text/safe-url.ts';
import {
  BODY,
  buildInjectionSite,
  fieldName,
  INJECTION_CASES as CASES,
  MARK,
  markupFromPayload,
  SCHEMA_FIELDS,
  TEXT_PAYLOADS,
  valueAt,
  type InjectionCase as Case,
} from '../support/injection-stories.ts';

/**
 * Every text field of a story, in turn, carries a payload that tries to leave its context
 * (tests/support/injection-stories.ts). One build (`--skip-check`: the build's own defences, not
 * the check's) of one story per field and payload; then every sink is read as its consumer
 * would (HTML pages, rss.xml with a conforming XML parser, du-lieu.json, the Pagefind index)
 * and each payload must be there as text and nowhere as markup.
 */

let dist: string;

beforeAll(() => {
  dist = buildInjectionSite('field-injection');
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const storyPath = (c: Case) => `cau-chuyen/${c.slug}/index.html`;

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

const PER_PAYLOAD = CASES.filter((c) => c.path !== BODY);
/** The story of a field with each text payload in turn. */
const casesOf = (field: string) => CASES.filter((c) => c.field === field);

describe(`hostile payloads in each of ${SCHEMA_FIELDS.length} story fields and the body (${CASES.length} stories), built without the check`, () => {
  it('covers every text and URL field of the schema, plus the body', () => {
    expect([...new Set(CASES.map((c) => c.field))]).toEqual([...SCHEMA_FIELDS.map((f) => fieldName(f.path)), BODY]);
    expect(SCHEMA_FIELDS.length).toBeGreaterThanOrEqual(14);
    for (const payload of TEXT_PAYLOADS) expect(payload.length).toBeLessThanOrEqual(120);
  });

  it('creates no element, attribute, comment or script on any page', () => {
    const pages = globSync('**/*.html', { cwd: dist });
    expect(pages.length).toBeGreaterThan(CASES.length);
    const found = pages.flatMap((page) => markupFromPayload(documentOf(read(page)), MARK).map((what) => `${page}: ${what}`));
    expect(found).toEqual([]);
  });

  it('keeps every <title> free of raw markup', () => {
    for (const c of CASES) {
      const raw = /<title>([\s\S]*?)<\/title>/.exec(read(storyPath(c)))![1]!;
      expect(raw, c.field).not.toMatch(/</);
    }
  });

  it.each(PER_PAYLOAD.map((c) => [c.slug, c.field, c] as const))('%s: shows %s as text on the story page', (_slug, _field, c) => {
    const document = documentOf(read(storyPath(c)));
    expect(textsOf(document).some((t) => t.includes(c.payload))).toBe(true);
  });

  it.each(casesOf('title').map((c) => [c.slug, c] as const))('%s: shows the title as the whole <title>, og:title and heading', (_slug, c) => {
    const document = documentOf(read(storyPath(c)));
    expect(document.title.startsWith(`${c.payload} | `)).toBe(true);
    expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(c.payload);
    expect(document.querySelector('h1')!.textContent).toBe(c.payload);
  });

  it('shows the body’s text and drops its markup', () => {
    const c = CASES.find((x) => x.path === BODY)!;
    const article = documentOf(read(storyPath(c))).querySelector('article.story')!;
    expect(article.textContent).toContain(TEXT_PAYLOADS[0]);
    expect(article.textContent).toContain('bấm và xa');
  });

  it('publishes rss.xml as well-formed XML with each payload as the text of its element', () => {
    const items = rssItems(read('cau-chuyen/rss.xml'));
    const itemOf = (c: Case) => items.find((item) => item.link?.[0]?.endsWith(`/cau-chuyen/${c.slug}/`))!;
    for (const c of casesOf('title')) expect(itemOf(c).title).toEqual([c.payload]);
    for (const c of casesOf('summary')) expect(itemOf(c).description).toEqual([c.payload]);
    for (const c of casesOf('unit.name')) expect(itemOf(c).category).toContain(c.payload);
  });

  it('exports each payload to du-lieu.json as the same string, with no markup in the JSON text', () => {
    const raw = read('cau-chuyen/du-lieu.json');
    expect(raw).not.toMatch(/<|>/);
    const records = new Map((JSON.parse(raw).stories as Array<{ id: string }>).map((r) => [r.id, r]));
    for (const c of PER_PAYLOAD) {
      expect(valueAt(records.get(c.slug), c.path as FieldPath), c.slug).toBe(c.payload);
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
    expect(record.body).toContain(TEXT_PAYLOADS[0]);
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
    for (const c of PER_PAYLOAD.filter((x) => !['cover.alt', 'sources[].url'].includes(x.field))) {
      expect(fragmentOf(c).content, c.slug).toContain(toIndexForm(c.payload));
    }
    for (const c of casesOf('title')) expect(fragmentOf(c).meta.title).toBe(toIndexForm(c.payload));
    expect(fragmentOf(CASES.find((c) => c.path === BODY)!).content).not.toMatch(new RegExp(`<${MARK}|onerror|--!>`));
  });
});
