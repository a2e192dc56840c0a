import { z } from 'astro/zod';
import { text } from './common.ts';

/** A locality (địa bàn) a story may name. The list lives in content/ so editors can extend it. */
export const localitySchema = z.strictObject({
  name: text,
  /** Administrative kind as commonly written: "thành phố", "huyện", "toàn tỉnh"… */
  kind: text,
  order: z.number().int().nonnegative(),
});

export type Locality = z.output<typeof localitySchema>;
