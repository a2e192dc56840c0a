/**
 * The exemplar schema read as a tree of form fields: what each field holds, whether it is
 * required, its limits and the check's own Vietnamese message for each limit. The CMS
 * configuration (./story-config.ts) is built from this tree and the parity test compares the
 * two, so a field added to the schema reaches the form or fails loudly, never silently drops.
 *
 * The schema is built with marker references and a marker image field (their collection and
 * role are recorded as metadata), so the walk needs no Astro and no content.
 */
import { z } from 'astro/zod';
import type { FieldKind } from '../schemas/common.ts';
import { defOf } from '../schemas/fields.ts';
import { exemplarSchema } from '../schemas/exemplars.ts';
import type { RefFactory, RefTarget } from '../schemas/refs.ts';

/** The check's message for a value, or undefined when the schema accepts it. */
type Probe = (value: unknown) => string | undefined;

interface Base {
  required: boolean;
}

export type SchemaNode =
  | (Base & { kind: 'text'; maxLength?: number; probe: Probe })
  | (Base & { kind: 'url'; probe: Probe })
  | (Base & { kind: 'enum'; values: readonly string[] })
  | (Base & { kind: 'number' })
  | (Base & { kind: 'date'; dayOnly: boolean; probe: Probe })
  | (Base & { kind: 'ref'; collection: RefTarget })
  | (Base & { kind: 'image' })
  /** A plain string id (not a reference): the form must say where its choices come from. */
  | (Base & { kind: 'id' })
  | (Base & { kind: 'list'; of: SchemaNode; min: number; probe: Probe })
  | (Base & { kind: 'object'; fields: Record<string, SchemaNode> });


interface FormMeta {
  fieldKind?: FieldKind;
  refTo?: RefTarget;
  formKind?: 'image';
}
const metaOf = (schema: z.ZodType) => (schema.meta() ?? {}) as FormMeta;

const markerRef: RefFactory = (collection) => z.string().meta({ refTo: collection }) as never;
const markerImage = () => z.string().meta({ formKind: 'image' });

/** The exemplar schema as the form sees it (references and pictures marked). */
export function exemplarFormSchema(): z.ZodType {
  return exemplarSchema({ ref: markerRef, image: markerImage });
}

/** A field the walk cannot map to a widget: a developer's error, in English. */
export class UnmappedFieldError extends Error {}

/** A length limit as the schema's own check holds it (`min_length`/`minimum`, `max_length`/`maximum`). */
function limitOf(schema: z.ZodType, check: string, key: 'minimum' | 'maximum'): number | undefined {
  const checks = defOf(schema).checks ?? [];
  const found = checks.map((c) => c._zod.def).find((d) => d.check === check);
  return typeof found?.[key] === 'number' ? found[key] : undefined;
}

function probeOf(schema: z.ZodType): Probe {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? undefined : result.error.issues[0]?.message;
  };
}

/** The tree of an object schema's fields, by key. */
export function schemaTree(schema: z.ZodType = exemplarFormSchema()): Record<string, SchemaNode> {
  const root = nodeOf(schema, [], true);
  if (root.kind !== 'object') throw new UnmappedFieldError('The story schema is not an object.');
  return root.fields;
}

function nodeOf(schema: z.ZodType, path: string[], required: boolean): SchemaNode {
  const meta = metaOf(schema);
  const probe = probeOf(schema);
  if (meta.refTo) return { kind: 'ref', collection: meta.refTo, required };
  if (meta.formKind === 'image') return { kind: 'image', required };
  if (meta.fieldKind === 'text') {
    const maxLength = limitOf(schema, 'max_length', 'maximum');
    return { kind: 'text', required, probe, ...(maxLength ? { maxLength } : {}) };
  }
  if (meta.fieldKind === 'https-url') return { kind: 'url', required, probe };
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return nodeOf(def.innerType!, path, false);
    case 'nullable':
    case 'readonly':
    case 'catch':
      return nodeOf(def.innerType!, path, required);
    case 'pipe': {
      // partialDate: a union of string, number and date read by a transform.
      if (defOf(def.in!).type === 'union') {
        return { kind: 'date', required, dayOnly: probe('2025') !== undefined && probe('2025-01-01') === undefined, probe };
      }
      return nodeOf(def.in!, path, required);
    }
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries!), required };
    case 'number':
      return { kind: 'number', required };
    case 'string':
      return { kind: 'id', required };
    case 'array': {
      const of = nodeOf(def.element!, [...path, '*'], true);
      const min = limitOf(schema, 'min_length', 'minimum') ?? 0;
      return { kind: 'list', of, min, required: required && min > 0, probe };
    }
    case 'object':
      return {
        kind: 'object',
        required,
        fields: Object.fromEntries(Object.entries(def.shape!).map(([key, value]) => [key, nodeOf(value, [...path, key], true)])),
      };
    default:
      throw new UnmappedFieldError(`No form widget for the schema field “${path.join('.') || '(root)'}” (zod type ${def.type}): map it in src/lib/cms/schema-tree.ts.`);
  }
}

/** Every field path of a tree (`unit.name`, `figures.*.label`), parents before children. */
export function treePaths(tree: Record<string, SchemaNode>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, node]) => {
    const path = `${prefix}${key}`;
    if (node.kind === 'object') return [path, ...treePaths(node.fields, `${path}.`)];
    if (node.kind === 'list' && node.of.kind === 'object') return [path, ...treePaths(node.of.fields, `${path}.*.`)];
    return [path];
  });
}
