import { defineCollection, reference } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { formatProblem } from './lib/check/problem.ts';
import { unpublishableStoryFiles } from './lib/check/story-pictures.ts';
import { COLLECTIONS, type CollectionName } from './lib/schemas/collections.ts';
import type { RefFactory } from './lib/schemas/refs.ts';
import { contentFiles as load } from './loaders/content-files.ts';
import { docsSchemaForPages, schemaBuiltOnce } from './loaders/schema-once.ts';

const ref = reference as unknown as RefFactory;

// Every typed collection is read by the content check's own reader (src/loaders/content-files.ts).

/**
 * Stories are read by Astro, not by the check, and a build may skip the check: before Astro
 * globs a single story (its glob follows links), refuse links and pictures that are not what
 * they claim, naming each file. Failing here, at content sync, stops the build before any page
 * or picture is processed.
 */
function regularStoriesOnly(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const problems = await unpublishableStoryFiles(fileURLToPath(context.config.root));
      if (problems.length > 0) {
        const error = new Error(
          [
            `Không dựng trang: ${problems.length} tệp trong ${COLLECTIONS.exemplars.base}/ không được phép đăng.`,
            ...problems.map(formatProblem),
            'Sửa các lỗi trên (chạy “npm run check” để xem mọi lỗi) rồi dựng lại.',
          ].join('\n'),
        );
        // The message names each file; where it was thrown from says nothing to an editor.
        error.stack = '';
        throw error;
      }
      return loader.load(context);
    },
  };
}

// Spelled out per collection (not mapped over the table) so each keeps its inferred data type.
export const collections = {
  // Starlight's own Markdown pages live with the rest of the content editors touch.
  docs: defineCollection({
    loader: glob({ base: './content/pages', pattern: '**/[^_]*.{md,mdx}' }),
    // <StarlightPage> parses each page's props with this schema: built once for all pages.
    schema: docsSchemaForPages(docsSchema()),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  guidanceDocument: defineCollection({
    loader: load('guidanceDocument'),
    schema: ({ image }) => COLLECTIONS.guidanceDocument.schema({ ref, image }),
  }),
  guidance: defineCollection({ loader: load('guidance'), schema: ({ image }) => COLLECTIONS.guidance.schema({ ref, image }) }),
  phases: defineCollection({ loader: load('phases'), schema: ({ image }) => COLLECTIONS.phases.schema({ ref, image }) }),
  contents: defineCollection({ loader: load('contents'), schema: ({ image }) => COLLECTIONS.contents.schema({ ref, image }) }),
  directives: defineCollection({
    loader: load('directives'),
    schema: ({ image }) => COLLECTIONS.directives.schema({ ref, image }),
  }),
  bodies: defineCollection({ loader: load('bodies'), schema: ({ image }) => COLLECTIONS.bodies.schema({ ref, image }) }),
  localities: defineCollection({
    loader: load('localities'),
    schema: () => COLLECTIONS.localities.schema(),
  }),
  exemplars: defineCollection({
    loader: regularStoriesOnly(load('exemplars')),
    // Thousands of stories: the schema is built once, not for each story (src/loaders/schema-once.ts).
    schema: schemaBuiltOnce(({ image }) => COLLECTIONS.exemplars.schema({ ref, image })),
  }),
} satisfies Record<CollectionName | 'docs' | 'i18n', unknown>;
