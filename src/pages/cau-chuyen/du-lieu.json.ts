import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { buildDate, directiveById, fieldById, phaseById } from '../../data/site-data.ts';
import { localityById, stories } from '../../data/stories.ts';
import { isoDay } from '../../lib/format.ts';
import { routes } from '../../lib/routes.ts';
import { openDataJson, OPEN_DATA_VERSION, storyRecord } from '../../lib/stories/open-data.ts';

/** Every story as open data, newest first (format: docs/open-data.md). */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const covers = new Map<string, string>();
  for (const story of stories) {
    const cover = story.entry.data.cover;
    if (cover) covers.set(story.id, absolute((await getImage({ src: cover.src, width: Math.min(1200, cover.src.width) })).src));
  }
  const body = {
    version: OPEN_DATA_VERSION,
    generated: isoDay(buildDate),
    count: stories.length,
    stories: stories.map((story) =>
      storyRecord(story.id, story.entry.data, story.entry.body ?? '', {
        url: (id) => absolute(routes.story(id)),
        locality: (id) => localityById.get(id)?.name ?? id,
        field: (id) => fieldById.get(id)?.name ?? id,
        phase: (id) => phaseById.get(id)?.name ?? id,
        directive: (id) => directiveById.get(id) ?? { title: id },
        cover: (id) => covers.get(id),
      }),
    ),
  };
  return new Response(openDataJson(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
