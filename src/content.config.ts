import { defineCollection, reference } from 'astro:content';
import type { CollectionConfig, ImageFunction } from 'astro/content/config';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { formatProblem } from './lib/check/problem.ts';
import { unpublishableStoryFiles } from './lib/check/story-pictures.ts';
import { COLLECTIONS, type CollectionName, type CollectionSchema } from './lib/schemas/collections.ts';
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

type SiteCollections = { [C in CollectionName]: CollectionConfig<CollectionSchema<C, ReturnType<ImageFunction>>> };

/** Loaders that need more than reading files: stories are refused before Astro globs them. */
const GUARDS: Partial<Record<CollectionName, (loader: Loader) => Loader>> = { exemplars: regularStoriesOnly };

/**
 * Every typed collection, from the registry: adding one is its schema module and one row in
 * COLLECTIONS. The mapped type gives each its own data type, as one defineCollection call would.
 */
const typedCollections = Object.fromEntries(
  (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => {
    const guard = GUARDS[name] ?? ((loader: Loader) => loader);
    // Built once, not for each of thousands of stories (src/loaders/schema-once.ts).
    const schema = schemaBuiltOnce(({ image }) => COLLECTIONS[name].schema({ ref, image }));
    return [name, defineCollection({ loader: guard(load(name)), schema })];
  }),
) as SiteCollections;

export const collections = {
  // Starlight's own Markdown pages live with the rest of the content editors touch.
  docs: defineCollection({
    loader: glob({ base: './content/pages', pattern: '**/[^_]*.{md,mdx}' }),
    // <StarlightPage> parses each page's props with this schema: built once for all pages.
    schema: docsSchemaForPages(docsSchema()),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  ...typedCollections,
};
