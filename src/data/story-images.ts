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

/** The story body as safe HTML, with its pictures processed. */
export async function renderStory(slug: string, body: string): Promise<string> {
  const images = new Map<string, ResolvedImage>();
  for (const file of storyImageFiles(body)) {
    const meta = pictures[`/content/exemplars/${slug}/${file}`];
    if (!meta) continue;
    const result = await getImage({ src: meta, widths: [...new Set(WIDTHS.map((w) => Math.min(w, meta.width)))], format: 'webp' });
    images.set(file, {
      src: result.src,
      width: meta.width,
      height: meta.height,
      srcset: result.srcSet.attribute || undefined,
      sizes: '(max-width: 50rem) 100vw, 50rem',
    });
  }
  return renderStoryBody(body, { images });
}
