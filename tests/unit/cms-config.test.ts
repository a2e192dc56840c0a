import { z } from 'astro/zod';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { workspaceChoices, type WorkspaceChoices } from '../../src/lib/cms/choices.ts';
import { parityProblems } from '../../src/lib/cms/parity.ts';
import { exemplarFormSchema, schemaTree, treePaths, UnmappedFieldError } from '../../src/lib/cms/schema-tree.ts';
import { BODY_FIELD, storyFields, workspaceConfigYaml, type CmsField } from '../../src/lib/cms/story-config.ts';
import { readEntries } from '../../src/lib/content/load-content.ts';
import { plainSchema } from '../../src/lib/content/entries.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { text } from '../../src/lib/schemas/common.ts';
import { COMMENDATION_STATUSES, EXEMPLAR_KINDS, UNIT_LEVELS } from '../../src/lib/schemas/exemplars.ts';
import { ROOT } from '../support/paths.ts';

const choices: WorkspaceChoices = workspaceChoices(readEntries(ROOT, ['localities', 'contents', 'phases', 'directives', 'indicators']));
const tree = schemaTree();
const fields = storyFields(choices, tree);

function fieldAt(list: readonly CmsField[], path: string): CmsField {
  const [head, ...rest] = path.split('.').filter((part) => part !== '*');
  const field = list.find((f) => f.name === head);
  if (!field) throw new Error(`no field ${path}`);
  return rest.length ? fieldAt(field.fields ?? [], rest.join('.')) : field;
}

/** A copy of the form with one field changed by `change` (found by its path). */
function withField(path: string, change: (field: CmsField) => CmsField | undefined): CmsField[] {
  const [head, ...rest] = path.split('.').filter((part) => part !== '*');
  return fields.flatMap((field) => {
    if (field.name !== head) return [field];
    if (!rest.length) return change(field) ?? [];
    return [{ ...field, fields: (field.fields ?? []).flatMap((child) => (child.name === rest[0] ? (change(child) ?? []) : [child])) }];
  });
}

describe('the story form and the story schema (parity)', () => {
  it('agree: every schema field has a widget, every widget a schema field, same requirements and choices', () => {
    expect(parityProblems(tree, fields)).toEqual([]);
  });

  it('fail when a schema field has no widget', () => {
    expect(parityProblems(tree, withField('commendation.by', () => undefined))).toEqual(['schema field “commendation.by” has no widget']);
  });

  it('fail when a widget has no schema field', () => {
    const extra: CmsField = { name: 'ghiChu', label: 'Ghi chú', widget: 'string', required: false };
    const grown = fields.map((field) => (field.name === 'figures' ? { ...field, fields: [...field.fields!, extra] } : field));
    expect(parityProblems(tree, grown)).toEqual([
      'widget “figures.*.ghiChu” has no schema field',
    ]);
  });

  it('fail when an enum differs', () => {
    const changed = withField('unit.level', (field) => ({ ...field, options: [...UNIT_LEVELS.slice(0, -1), 'khac'] }));
    expect(parityProblems(tree, changed)).toEqual([
      `“unit.level”: the form offers ${JSON.stringify([...UNIT_LEVELS.slice(0, -1), 'khac'])}, the schema accepts ${JSON.stringify(UNIT_LEVELS)}`,
    ]);
  });

  it('fail when a field is required in one and optional in the other', () => {
    expect(parityProblems(tree, withField('editor', (field) => ({ ...field, required: true })))).toEqual([
      '“editor”: required is true in the form, false in the schema',
    ]);
  });

  it('a field added to the schema without a form label stops the generator, naming it', () => {
    const grown = (exemplarFormSchema() as z.ZodObject).extend({ tenMoi: text });
    expect(() => storyFields(choices, schemaTree(grown))).toThrow(UnmappedFieldError);
    expect(() => storyFields(choices, schemaTree(grown))).toThrow(/“tenMoi”/);
  });

  it('every form label belongs to a schema field (or the Markdown body), and every schema field has one', () => {
    expect(new Set(Object.keys(ui.workspace.fields))).toEqual(new Set([...treePaths(tree), BODY_FIELD]));
  });

  it('offers the schema’s exact strings for kind, unit level and commendation status', () => {
    expect(fieldAt(fields, 'kind').options).toEqual([...EXEMPLAR_KINDS]);
    expect(fieldAt(fields, 'unit.level').options).toEqual([...UNIT_LEVELS]);
    expect(fieldAt(fields, 'commendation.status').options).toEqual([...COMMENDATION_STATUSES]);
  });
});

describe('the form’s own validation is the check’s', () => {
  const story = plainSchema('exemplars').shape;
  const verdict = (field: CmsField, value: string) => new RegExp(String((field.pattern as [string, string])[0])).test(value);

  it('title and summary: the limit and the message come from the schema', () => {
    for (const [name, schema] of [['title', story.title], ['summary', story.summary]] as const) {
      const field = fieldAt(fields, name);
      const max = field.maxlength as number;
      expect(verdict(field, 'a'.repeat(max))).toBe(true);
      expect(verdict(field, 'a'.repeat(max + 1))).toBe(false);
      expect(schema.safeParse('a'.repeat(max + 1)).error?.issues[0]?.message).toBe((field.pattern as string[])[1]);
      expect(schema.safeParse('a'.repeat(max)).success).toBe(true);
    }
  });

  it('https:// only for source links, with the check’s message', () => {
    const field = fieldAt(fields, 'sources.*.url');
    const url = story.sources.element.shape.url.unwrap();
    expect(verdict(field, 'https://vi-du.vn/a')).toBe(true);
    expect(verdict(field, 'http://vi-du.vn/a')).toBe(false);
    expect(url.safeParse('http://vi-du.vn/a').error?.issues[0]?.message).toBe((field.pattern as string[])[1]);
  });

  it('partial dates: the pattern takes the forms the schema takes and refuses others, with the check’s advice', () => {
    const field = fieldAt(fields, 'achievedOn');
    for (const value of ['2025', '2025-06', '2025-Q2', '2025-06-30']) {
      expect(story.achievedOn.safeParse(value).success, value).toBe(true);
      expect(verdict(field, value), value).toBe(true);
    }
    for (const value of ['Quý 2/2025', '30/06/2025', '2025-6', 'tháng 6']) {
      expect(story.achievedOn.safeParse(value).success, value).toBe(false);
      expect(verdict(field, value), value).toBe(false);
    }
    expect(story.achievedOn.safeParse('tháng 6').error?.issues[0]?.message).toContain((field.pattern as string[])[1]);
  });

  it('required in the form exactly where the schema requires a value', () => {
    expect(fieldAt(fields, 'title').required).toBe(true);
    expect(fieldAt(fields, 'person').required).toBe(false);
    expect(fieldAt(fields, 'fields')).toMatchObject({ required: true, min: 1, multiple: true });
    expect(fieldAt(fields, 'sources')).toMatchObject({ required: true, min: 1 });
    expect(fieldAt(fields, 'figures').required).toBe(false);
  });
});

describe('the workspace configuration', () => {
  const config = parse(workspaceConfigYaml({ repo: 'lien-doan/trang-thi-dua', branch: 'main', choices }));

  it('opens a pull request per story on the repository and branch it is given, signing in with a token', () => {
    expect(config.backend).toEqual({ name: 'github', repo: 'lien-doan/trang-thi-dua', branch: 'main', auth_methods: ['token'] });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('vi');
  });

  it('writes content/exemplars/<slug>/index.md with ASCII slugs and pictures beside the story, reduced before upload', () => {
    const [stories] = config.collections;
    expect(stories).toMatchObject({ folder: 'content/exemplars', path: '{{slug}}/index', extension: 'md', media_folder: '', public_folder: '.' });
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
    expect(config.media_libraries.default.config.transformations.raster_image).toMatchObject({ format: 'webp', width: 1600, height: 1600 });
    expect(fieldAt(stories.fields, 'cover.src').accept).toBe('image/jpeg,image/png,image/webp,image/avif');
  });

  it('offers the localities, fields, items, phases and directives of content/ by their Vietnamese names', () => {
    expect(fieldAt(fields, 'locality').options).toContainEqual({ label: 'Huyện Đắk Tô (chỉ có hiệu lực đến ngày 30/06/2025)', value: 'dak-to' });
    expect(fieldAt(fields, 'fields').options).toContainEqual({ label: 'Phát triển kết cấu hạ tầng', value: 'ha-tang' });
    expect(fieldAt(fields, 'directives').options).toContainEqual({ label: 'Kế hoạch số 763/KH-UBND', value: 'ke-hoach-763-kh-ubnd' });
    const items = fieldAt(fields, 'items').options as Array<{ label: string; value: string }>;
    expect(items.map((item) => item.value)).toEqual(choices.items.map((item) => item.value));
    // Grouped by field: the form cannot filter items by the fields chosen.
    expect(items.every((item) => item.label.startsWith(item.value.startsWith('ha-tang') ? 'Phát triển kết cấu hạ tầng – ' : 'Thực hành tiết kiệm'))).toBe(true);
  });
});
