import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { renderStoryBody, storyImageFiles, type ResolvedImage } from '../lib/stories/render-body.ts';

/**
 * Pictures beside each story, through Astro's image pipeline (resized, re-encoded, hashed).
 * Only the lower-case raster names the content check accepts are picked up.
 */
const pictures = import.meta.glob<ImageMetadata>('/content/exemplars/*/*.{jpg,jpeg,png,webp,avif}', {
  eager: true,
  import: 'default',
});

/** Widths served to phones and to wider screens; the content column is about 45rem. */
const WIDTHS = [480, 800];
/** Width of the cover copy that shared links (og:image) and the open data point to. */
const SHARE_WIDTH = 1200;

/*
 * Never read a property of a picture's metadata here (`meta.width`): Astro then counts the
 * original file as used and publishes it byte for byte in dist/_astro/, EXIF and GPS position
 * included. Processed copies carry no metadata, and Astro deletes originals nothing read.
 * Astro caps `widths` at the original's width and sharp never enlarges, so no size is needed;
 * tests/build/story-files-build.test.ts checks every published picture.
 */

/**
 * The copy of a story's cover that shared links and the open data point to (one file for both):
 * at most SHARE_WIDTH wide, and JPEG, which every crawler and reader of the data can open.
 */
export function shareCopy(src: ImageMetadata) {
  return getImage({ src, width: SHARE_WIDTH, format: 'jpg' });
}

/** The story body as safe HTML, with its pictures processed. */
export async function renderStory(slug: string, body: string): Promise<string> {
  const images = new Map<string, ResolvedImage>();
  for (const file of storyImageFiles(body)) {
    const meta = pictures[`/content/exemplars/${slug}/${file}`];
    if (!meta) continue;
    const result = await getImage({ src: meta, widths: WIDTHS, format: 'webp' });
    images.set(file, {
      src: result.src,
      // Without a width, Astro sizes the transform as the original: these are its dimensions.
      width: Number(result.options.width),
      height: Number(result.options.height),
      srcset: result.srcSet.attribute || undefined,
      sizes: '(max-width: 50rem) 100vw, 50rem',
    });
  }
  return renderStoryBody(body, { images });
}
