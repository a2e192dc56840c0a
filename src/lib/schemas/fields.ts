import type { z } from 'astro/zod';
import type { FieldKind } from './common.ts';

/** A field's place in an entry; `'*'` stands for every element of a list. */
export type FieldPath = Array<string | '*'>;

export interface StringField {
  path: FieldPath;
  kind: FieldKind;
}

/** The parts of zod 4's internal definition that walking a schema reads. */
interface ZodDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  /** An enum's values, by key. */
  entries?: Record<string, string>;
  /** Length limits and other checks (`min_length` with `minimum`, `max_length` with `maximum`). */
  checks?: Array<{ _zod: { def: Record<string, unknown> } }>;
}

export const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
const kindOf = (schema: z.ZodType) => (schema.meta() as { fieldKind?: FieldKind } | undefined)?.fieldKind;

/**
 * Every string field of a schema that carries a FieldKind (`text`, `httpsUrl`), found by walking
 * the schema itself, so a field added to a schema is covered without being listed anywhere else.
 */
export function stringFields(schema: z.ZodType, path: FieldPath = []): StringField[] {
  const kind = kindOf(schema);
  if (kind) return [{ path, kind }];
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return stringFields(def.innerType!, path);
    case 'pipe':
      return stringFields(def.in!, path);
    case 'array':
      return stringFields(def.element!, [...path, '*']);
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, value]) => stringFields(value, [...path, key]));
    default:
      return [];
  }
}

/** The values at a field path in parsed data, each with its concrete path (`sources[1].url`). */
export function valuesAt(data: unknown, path: FieldPath, at: Array<string | number> = []): Array<{ path: Array<string | number>; value: unknown }> {
  if (path.length === 0) return data === undefined ? [] : [{ path: at, value: data }];
  if (data === null || typeof data !== 'object') return [];
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  return valuesAt((data as Record<string, unknown>)[head!], rest, [...at, head!]);
}
