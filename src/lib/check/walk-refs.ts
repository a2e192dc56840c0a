import { isEntryRef, type EntryRef } from '../schemas/refs.ts';

/** Every reference inside parsed entry data, with the field path it sits at. */
export function findRefs(value: unknown, path: PropertyKey[] = []): Array<{ ref: EntryRef; path: PropertyKey[] }> {
  if (isEntryRef(value)) return [{ ref: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, i) => findRefs(item, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => findRefs(item, [...path, key]));
  }
  return [];
}
