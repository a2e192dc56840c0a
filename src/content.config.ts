import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { COLLECTIONS, type CollectionName } from './lib/schemas/collections.ts';
import type { RefFactory } from './lib/schemas/refs.ts';

const ref = reference as unknown as RefFactory;

/** Builds an Astro collection from the shared table, keeping each schema's output type. */
function collection<N extends CollectionName>(name: N) {
  const spec = COLLECTIONS[name];
  return defineCollection({
    loader: glob({ base: `./${spec.base}`, pattern: spec.pattern }),
    schema: ({ image }) => spec.schema({ ref, image }) as ReturnType<(typeof COLLECTIONS)[N]['schema']>,
  });
}

export const collections = {
  // Starlight's own Markdown pages live with the rest of the content editors touch.
  docs: defineCollection({
    loader: glob({ base: './content/pages', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  guidanceDocument: collection('guidanceDocument'),
  guidance: collection('guidance'),
  phases: collection('phases'),
  contents: collection('contents'),
  directives: collection('directives'),
  bodies: collection('bodies'),
  localities: collection('localities'),
  exemplars: collection('exemplars'),
};
