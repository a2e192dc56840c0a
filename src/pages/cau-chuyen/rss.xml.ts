import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { guidanceDocument } from '../../data/site-data.ts';
import { stories } from '../../data/stories.ts';
import { partialDateRange } from '../../lib/partial-date.ts';
import { routes } from '../../lib/routes.ts';

/** Feed readers only need what is new: the latest stories, not thousands. */
const FEED_SIZE = 50;

export const GET: APIRoute = (context) =>
  rss({
    title: 'Câu chuyện điển hình — Thi đua hạ tầng, tiết kiệm',
    description: `Câu chuyện về các tập thể, cá nhân tiêu biểu trong phong trào thi đua “${guidanceDocument.campaign.name}”.`,
    site: new URL(routes.stories(), context.site),
    customData: '<language>vi</language>',
    items: stories.slice(0, FEED_SIZE).map((story) => ({
      title: story.title,
      link: routes.story(story.id),
      pubDate: partialDateRange(story.publishedOn).start,
      description: story.summary,
      categories: [story.kind, story.unitName],
    })),
  });
