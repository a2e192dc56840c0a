import { z } from 'astro/zod';

/**
 * Collection schemas built once per build instead of once per parse.
 *
 * Astro calls a collection's schema function for every entry it parses, and Starlight's
 * `<StarlightPage>` calls the docs schema for every page it renders, each time only to hand over
 * an `image()` helper. Building a zod schema costs more than parsing with it: with 5,000 stories
 * the rebuilt schemas were about a tenth of the build's CPU time (docs/benchmarks.md, "Build
 * profile"). The parsed data is the same.
 */

type ImageFactory = () => z.ZodType;
/** Generic over the context, so a collection keeps the data type Astro's typed `image()` gives it. */
type SchemaFunction<C extends { image: ImageFactory }, S> = (context: C) => S;

/**
 * For a collection read by src/loaders/content-files.ts: the schema is built once, and its image
 * fields parse with the `image()` of the entry being parsed (Astro's turns a picture's path into
 * an import from the entry's folder). Astro sets that helper right before it parses the entry,
 * and the image field is read in the same synchronous step, so entries cannot swap helpers.
 */
export function schemaBuiltOnce<C extends { image: ImageFactory }, S>(make: SchemaFunction<C, S>): SchemaFunction<C, S> {
  let current: ImageFactory | undefined;
  let schema: S | undefined;
  // A path is a string for every image() Astro passes; the entry's own helper does the rest.
  const image = () =>
    z.string().transform((value, ctx) => {
      const result = current!().safeParse(value);
      if (result.success) return result.data;
      for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    });
  return (context) => {
    current = context.image;
    return (schema ??= make({ ...context, image } as C));
  };
}

/**
 * For Starlight's docs schema. `<StarlightPage>` passes an `image()` that only checks for
 * imported image metadata, the same on every page: for it the schema is built once. Astro's
 * `image()` while syncing Markdown pages resolves paths from each page's folder, and its
 * loader parses several pages at once: those calls still build their own schema.
 */
export function docsSchemaForPages<C extends { image: ImageFactory }, S>(make: SchemaFunction<C, S>): SchemaFunction<C, S> {
  let forPages: S | undefined;
  return (context) => {
    if (context.image()._zod.def.type !== 'custom') return make(context);
    return (forPages ??= make(context));
  };
}
