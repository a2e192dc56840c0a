import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, type CollectionSchema } from '../schemas/collections.ts';
import { plainRef } from '../schemas/refs.ts';
import type { SourceFile } from './source-file.ts';

/** Image fields in plain Node: a relative path to a file beside the entry (checked by a rule). */
const plainImage = () =>
  z.string().regex(/^\.\/[^/]+$/, {
    error: 'Ảnh phải là một tệp nằm cạnh tệp câu chuyện, ghi dạng ./ten-anh.jpg.',
  });

/** A collection's schema as plain Node builds it: `plainRef` for references, `plainImage` for pictures. */
export type PlainSchema<C extends CollectionName> = CollectionSchema<C, ReturnType<typeof plainImage>>;

/** What an entry of collection C holds once its schema has parsed it: refs are `{ collection, id }`. */
export type EntryData<C extends CollectionName> = z.output<PlainSchema<C>>;

// Building a zod schema costs far more than using it: build each once, not once per file.
const schemas = new Map<CollectionName, z.ZodType>();

export function plainSchema<C extends CollectionName>(collection: C): PlainSchema<C> {
  let schema = schemas.get(collection);
  if (!schema) {
    schema = COLLECTIONS[collection].schema({ ref: plainRef, image: plainImage });
    schemas.set(collection, schema);
  }
  // The registry is indexed by a union, so TypeScript sees a union of schemas here.
  return schema as PlainSchema<C>;
}

/** One entry that passed its collection's schema, with the file it came from. */
export interface ContentEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  source: SourceFile;
  data: EntryData<C>;
}

/** Any entry, as a union over the collections, so `entry.collection` narrows `entry.data`. */
export type AnyContentEntry = { [C in CollectionName]: ContentEntry<C> }[CollectionName];

const NONE: ReadonlyMap<string, never> = new Map<string, never>();

/** Valid entries by collection and id; `get('exemplars')` yields exemplar entries, typed. */
export class ContentEntries {
  readonly #byCollection = new Map<CollectionName, Map<string, AnyContentEntry>>();

  add(entry: AnyContentEntry): void {
    const byId = this.#byCollection.get(entry.collection) ?? new Map<string, AnyContentEntry>();
    byId.set(entry.id, entry);
    this.#byCollection.set(entry.collection, byId);
  }

  /** The collection's entries by id (empty when it has none or was not read). */
  get<C extends CollectionName>(collection: C): ReadonlyMap<string, ContentEntry<C>> {
    // Only add() fills the map, and it files each entry under its own collection.
    return (this.#byCollection.get(collection) ?? NONE) as ReadonlyMap<string, ContentEntry<C>>;
  }

  /** The collection's entries as a list, in file order. */
  list<C extends CollectionName>(collection: C): Array<ContentEntry<C>> {
    return [...this.get(collection).values()];
  }

  *all(): IterableIterator<AnyContentEntry> {
    for (const byId of this.#byCollection.values()) yield* byId.values();
  }
}
