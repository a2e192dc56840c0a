import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/lib/schemas/collections.ts';
import { plainRef } from '../../src/lib/schemas/refs.ts';
import { ROOT } from '../support/paths.ts';

const ctx = { ref: plainRef, image: () => z.string() };
const schemaOf = (name: CollectionName) => COLLECTIONS[name].schema(ctx);

function loadAll(name: CollectionName): Array<{ file: string; data: Record<string, unknown> }> {
  const spec = COLLECTIONS[name];
  return globSync(spec.pattern, { cwd: join(ROOT, spec.base) }).map((file) => ({
    file,
    data: parse(readFileSync(join(ROOT, spec.base, file), 'utf8'), { schema: 'core' }),
  }));
}

function first(name: CollectionName): Record<string, unknown> {
  const entry = loadAll(name)[0];
  if (!entry) throw new Error(`no ${name} content`);
  return structuredClone(entry.data);
}

/** Returns the field paths of the problems, so each test says which field it expects to fail. */
function failures(name: CollectionName, data: unknown): string[] {
  const result = schemaOf(name).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe.each(['guidanceDocument', 'guidance', 'phases', 'contents', 'directives', 'bodies'] as const)(
  'the %s schema',
  (name) => {
    it('accepts every published entry', () => {
      const entries = loadAll(name);
      expect(entries.length).toBeGreaterThan(0);
      for (const { file, data } of entries) expect(failures(name, data), file).toEqual([]);
    });

    it('rejects unknown fields, so a typo in a field name is not silently ignored', () => {
      expect(failures(name, { ...first(name), tieuDe: 'x' })).toContain('');
    });
  },
);

describe('invalid entries', () => {
  it('guidance document: number and date may be absent, but a present date must be real', () => {
    const doc = first('guidanceDocument');
    expect(doc.number).toBeUndefined();
    expect(doc.date).toBeUndefined();
    expect(failures('guidanceDocument', { ...doc, date: '2023-02-30' })).toEqual(['date']);
    expect(failures('guidanceDocument', { ...doc, date: '2023-Q2' })).toEqual([]);
    expect(failures('guidanceDocument', { ...doc, signature: { title: 'x', name: 'y' } })).toEqual(['signature.onBehalfOf']);
    expect(failures('guidanceDocument', { ...doc, recipients: { label: 'Nơi nhận:', items: [] } })).toEqual(['recipients.items']);
  });

  it('guidance section: blocks need a known type and anchors must be URL-safe', () => {
    const section = first('guidance');
    expect(failures('guidance', { ...section, blocks: [{ type: 'image', src: 'x' }] })).toEqual(['blocks.0.type']);
    expect(failures('guidance', { ...section, blocks: [{ type: 'paragraph', id: 'Mục 1', text: 'x' }] })).toEqual(['blocks.0.id']);
    expect(failures('guidance', { ...section, blocks: [{ type: 'paragraph', id: 'a', text: ' x' }] })).toEqual(['blocks.0.text']);
    expect(failures('guidance', { ...section, blocks: [] })).toEqual(['blocks']);
    expect(failures('guidance', { ...section, label: '' })).toEqual(['label']);
  });

  it('phase: dates must parse, end after start, and milestones must point at one of its items', () => {
    const phase = first('phases');
    expect(failures('phases', { ...phase, start: '21/3/2023' })).toEqual(['start']);
    expect(failures('phases', { ...phase, start: 2031 })).toEqual(['end']);
    const milestones = [{ id: 'm', date: '2023-Q2', label: 'x', item: 'khong-co' }];
    expect(failures('phases', { ...phase, milestones })).toEqual(['milestones.0.item']);
    expect(failures('phases', { ...phase, milestones: [{ ...milestones[0], date: '2023-Q5', item: phase.items && (phase.items as Array<{ id: string }>)[0]!.id }] })).toEqual(['milestones.0.date']);
    expect(failures('phases', { ...phase, order: 0 })).toEqual(['order']);
  });

  it('contents: a field needs items with ids and text', () => {
    const field = first('contents');
    expect(failures('contents', { ...field, items: [] })).toEqual(['items']);
    expect(failures('contents', { ...field, items: [{ id: 'a' }] })).toEqual(['items.0.text']);
    expect(failures('contents', { ...field, items: [{ id: 'a', text: 'x', cites: 'ke-hoach' }] })).toEqual(['items.0.cites']);
  });

  it('directives: kind from the list, a real date, a full URL', () => {
    const directive = first('directives');
    expect(failures('directives', { ...directive, kind: 'Luật lệ' })).toEqual(['kind']);
    expect(failures('directives', { ...directive, date: '2023-03-32' })).toEqual(['date']);
    expect(failures('directives', { ...directive, url: 'www.kontum.gov.vn' })).toEqual(['url']);
    const { number: _n, date: _d, summary: _s, ...withoutOptional } = directive;
    expect(failures('directives', withoutOptional)).toEqual([]);
    const { issuer: _i, ...withoutIssuer } = directive;
    expect(failures('directives', withoutIssuer)).toEqual(['issuer']);
  });

  it('bodies: duties are required and a parent needs its number and name', () => {
    const body = first('bodies');
    expect(failures('bodies', { ...body, duties: [] })).toEqual(['duties']);
    expect(failures('bodies', { ...body, parent: { id: 'x', number: '2.' } })).toEqual(['parent.name']);
  });

  it('localities: a name, kind and level are required; validity is optional and ordered', () => {
    expect(failures('localities', { name: 'Huyện Mẫu', kind: 'huyện', level: 'cấp huyện', order: 1 })).toEqual([]);
    expect(failures('localities', { name: 'Huyện Mẫu', level: 'cấp huyện', order: 1 })).toEqual(['kind']);
    expect(failures('localities', { name: 'Huyện Mẫu', kind: 'huyện', order: 1 })).toEqual(['level']);
    expect(failures('localities', { name: 'Huyện Mẫu', kind: 'huyện', level: 'cấp huyện', until: '2025-06-30', order: 1 })).toEqual([]);
    expect(failures('localities', { name: 'Xã Mẫu', kind: 'xã', level: 'cấp xã', from: '2025-07-01', until: '2025-06-30', order: 1 })).toEqual(['until']);
  });

  it('indicators: the aggregate is “tổng” or “đếm”', () => {
    const indicator = { label: 'Đường mẫu', unit: 'km', field: 'ha-tang', item: 'ha-tang-4', quote: 'làm đường', aggregate: 'tổng', order: 1 };
    expect(failures('indicators', indicator)).toEqual([]);
    expect(failures('indicators', { ...indicator, aggregate: 'trung bình' })).toEqual(['aggregate']);
  });

  it('exemplars: a complete fictional story passes and each broken field is named', () => {
    const story = {
      title: 'Công đoàn cơ sở Mẫu A làm đường bê tông',
      summary: 'Câu chuyện mẫu dùng cho kiểm thử.',
      kind: 'tập thể',
      unit: { name: 'Công đoàn cơ sở Mẫu A', level: 'công đoàn cơ sở' },
      locality: 'huyen-mau',
      fields: ['ha-tang'],
      phase: 'giai-doan-2',
      achievedOn: '2026-05',
      publishedOn: '2026-06-01',
      figures: [{ label: 'Đường bê tông', value: 1.5, unit: 'km' }],
      sources: [{ title: 'Báo cáo mẫu' }],
      author: { name: 'Biên tập viên Mẫu' },
    };
    expect(failures('exemplars', story)).toEqual([]);
    expect(failures('exemplars', { ...story, kind: 'nhóm' })).toEqual(['kind']);
    expect(failures('exemplars', { ...story, fields: [] })).toEqual(['fields']);
    expect(failures('exemplars', { ...story, summary: 'x'.repeat(401) })).toEqual(['summary']);
    expect(failures('exemplars', { ...story, figures: [{ label: 'a', value: '1.500', unit: 'km' }] })).toEqual(['figures.0.value']);
    expect(failures('exemplars', { ...story, sources: [] })).toEqual(['sources']);
  });
});
