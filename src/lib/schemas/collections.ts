import { z } from 'astro/zod';
import { bodySchema } from './bodies.ts';
import { contentFieldSchema } from './contents.ts';
import { directiveSchema } from './directives.ts';
import { exemplarSchema, type ExemplarSchemaContext } from './exemplars.ts';
import { guidanceDocumentSchema, guidanceSectionSchema } from './guidance.ts';
import { indicatorSchema } from './indicators.ts';
import { localitySchema } from './localities.ts';
import { phaseSchema } from './phases.ts';

export type SchemaContext = ExemplarSchemaContext;

export interface CollectionSpec {
  /** Folder under the project root, as editors see it. */
  base: string;
  /** Glob (relative to base) of the files that are entries. */
  pattern: string;
  /** What the collection holds, in Vietnamese, for error messages. */
  label: string;
  schema: (ctx: SchemaContext) => z.ZodType;
}

/**
 * Every typed content collection, in one place: the Astro content config, the content check
 * and the tests all read this table, so a folder or schema cannot drift between them.
 */
export const COLLECTIONS = {
  guidanceDocument: {
    base: 'content/guidance',
    pattern: 'document.yaml',
    label: 'thông tin văn bản hướng dẫn',
    schema: ({ ref }) => guidanceDocumentSchema(ref),
  },
  guidance: {
    base: 'content/guidance/sections',
    pattern: '*.yaml',
    label: 'phần của văn bản hướng dẫn',
    schema: ({ ref }) => guidanceSectionSchema(ref),
  },
  phases: { base: 'content/phases', pattern: '*.yaml', label: 'giai đoạn', schema: ({ ref }) => phaseSchema(ref) },
  contents: {
    base: 'content/contents',
    pattern: '*.yaml',
    label: 'nội dung thi đua',
    schema: ({ ref }) => contentFieldSchema(ref),
  },
  directives: {
    base: 'content/directives',
    pattern: '*.yaml',
    label: 'văn bản được trích dẫn',
    schema: ({ ref }) => directiveSchema(ref),
  },
  bodies: { base: 'content/bodies', pattern: '*.yaml', label: 'đơn vị thực hiện', schema: ({ ref }) => bodySchema(ref) },
  localities: { base: 'content/localities', pattern: '*.yaml', label: 'địa bàn', schema: () => localitySchema },
  indicators: {
    base: 'content/indicators',
    pattern: '*.yaml',
    label: 'chỉ tiêu',
    schema: ({ ref }) => indicatorSchema(ref),
  },
  exemplars: {
    base: 'content/exemplars',
    pattern: '*/index.md',
    label: 'câu chuyện điển hình',
    // Generic, so Astro's image() keeps its ImageMetadata type in the collection's data.
    schema: <I extends z.ZodType>(ctx: ExemplarSchemaContext<I>) => exemplarSchema(ctx),
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/**
 * A collection's schema as built with a given image field (Astro's `image()` in the site, a
 * path in plain Node). The exemplar schema is generic in its image type, and TypeScript cannot
 * instantiate a generic function type inside a mapped type, so it is named here: a new
 * collection with pictures and a generic schema gets a branch here as well.
 */
export type CollectionSchema<C extends CollectionName, Image extends z.ZodType> = C extends 'exemplars'
  ? ReturnType<typeof COLLECTIONS.exemplars.schema<Image>>
  : ReturnType<(typeof COLLECTIONS)[C]['schema']>;
