import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { exemplarSchema } from '../../src/lib/schemas/exemplars.ts';
import { stringFields, type FieldPath } from '../../src/lib/schemas/fields.ts';
import { plainRef } from '../../src/lib/schemas/refs.ts';
import { NODE, TEST_BUILD_DATE } from './paths.ts';
import { FIXTURES, projectCopy } from './projects.ts';

/**
 * Fictional stories that each carry a hostile payload in one field, for the field-by-field
 * injection tests (tests/build/field-injection.test.ts, tests/browser/injection.test.ts). The
 * fields come from the schema itself: a text field added later gets its stories without an edit.
 */

export const SCHEMA_FIELDS = stringFields(exemplarSchema({ ref: plainRef, image: () => z.string() }));
export const BODY = 'body';

/** A marker no page holds by itself, so any element, attribute or comment carrying it came from a payload. */
export const MARK = 'zqxmau';

/**
 * Two payloads, each ≤ 120 characters (the title's limit), between them: close the <title>,
 * a <script> and an attribute; open a <script>, an element with a handler, a custom element and
 * a refresh; close a CDATA section; end a comment early (`--!>`); and a character reference.
 */
export const TEXT_PAYLOADS = [
  `${MARK} </title><script>alert(1)</script>"'><img src=x onerror=${MARK}><${MARK}-x ${MARK}=1>]]>&amp;`,
  `${MARK} </title></script><meta http-equiv=refresh content=0;url=/${MARK}/><!--${MARK}--!><!--${MARK}-->]]>`,
] as const;
/** A valid https:// address whose query tries the same; the schema allows it, so the sinks must cope. */
export const URL_PAYLOAD = `https://example.org/?${MARK}="'><img/src=x/onerror=${MARK}><${MARK}-x/${MARK}=1>]]>--!></script>`;
/** A body: a payload as text (code), as raw HTML, as a comment breakout and as links. */
export const BODY_PAYLOAD = [
  `Đoạn mở đầu \`${TEXT_PAYLOADS[0]}\` vẫn là chữ.`,
  `<${MARK}-x ${MARK}=1 onclick=alert(1)>chen</${MARK}-x> <img src=x onerror=${MARK}> <meta http-equiv=refresh content=0;url=/${MARK}/>`,
  `<!-- ghi chú --!> <${MARK}-x ${MARK}=1>thoát</${MARK}-x> -->`,
  `[bấm](javascript:${MARK}) và [xa](data:text/html,<script>${MARK}</script>)`,
].join('\n\n');

export interface InjectionCase {
  slug: string;
  /** `title`, `figures[].label`, … or `body`. */
  field: string;
  path: FieldPath | typeof BODY;
  payload: string;
}

export const fieldName = (path: FieldPath) => path.join('.').replace(/\.\*/g, '[]');

export const INJECTION_CASES: InjectionCase[] = [
  ...SCHEMA_FIELDS.flatMap((f, i) => {
    const slug = `mau-tiem-${String(i + 1).padStart(2, '0')}`;
    const payloads = f.kind === 'https-url' ? [URL_PAYLOAD] : TEXT_PAYLOADS;
    return payloads.map((payload, p): InjectionCase => ({ slug: `${slug}-${'ab'[p]}`, field: fieldName(f.path), path: f.path, payload }));
  }),
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

/** The value at a field path, lists read at their first element. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown> | undefined)?.[key === '*' ? 0 : key], data);
}

function setAt(data: Record<string, unknown>, path: FieldPath, value: string): void {
  const holder = valueAt(data, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path.at(-1)!;
  holder[key === '*' ? 0 : key] = value;
}

/**
 * A copy of the project holding one story per case, built with `--skip-check` so that what is
 * tested is the build's own defences, not the check's. Returns the built site's folder.
 */
export function buildInjectionSite(name: string): string {
  const project = projectCopy(name);
  for (const c of INJECTION_CASES) {
    const story = baseStory();
    if (c.path !== BODY) setAt(story, c.path, c.payload);
    const dir = join(project, 'content/exemplars', c.slug);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(VALID, 'anh-bia.jpg'), join(dir, 'anh-bia.jpg'));
    const body = c.path === BODY ? c.payload : 'Câu chuyện giả định dùng để kiểm thử.';
    writeFileSync(join(dir, 'index.md'), `---\n# TEST FIXTURE: a hostile fictional story.\n${toYaml(story)}---\n\n${body}\n`);
  }
  const dist = join(project, 'dist');
  const built = spawnSync(NODE, ['scripts/build.ts', '--out', dist, '--skip-check'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });
  if (built.status !== 0) throw new Error(`Build failed:\n${built.stdout}\n${built.stderr}`);
  return dist;
}

/**
 * Everything a payload could have turned into markup in a document: elements, attributes,
 * comments, scripts, a refresh, a script URL. Runs in Node (linkedom) and in a browser page.
 */
export function markupFromPayload(document: Document, mark: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 8 && (node as Comment).data.includes(mark)) found.push(`comment ${(node as Comment).data}`);
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      if (tag.includes(mark)) found.push(`element <${tag}>`);
      if (tag === 'script' && /alert|zqx/.test(el.textContent ?? '')) found.push(`script ${el.textContent}`);
      if (tag === 'img' && el.getAttribute('src') === 'x') found.push('img src=x');
      if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) found.push('meta refresh');
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.includes(mark) || /^on/i.test(attr.name)) found.push(`attribute ${tag}[${attr.name}]`);
        if (/^(href|src)$/i.test(attr.name) && /^\s*(javascript|vbscript|data:text|file):/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(document);
  return found;
}
