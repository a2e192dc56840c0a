/**
 * The story × figure rows of the CSV download (/so-lieu/so-lieu.csv), newest story first; apart
 * from ./statistics.ts so the story pages, which import that, do not load the export libraries.
 */
import { figureRows } from '../lib/statistics/export.ts';
import { routes } from '../lib/routes.ts';
import { fieldById, phaseById } from './site-data.ts';
import { indicatorById } from './statistics.ts';
import { localityById, stories } from './stories.ts';

export function exportRows(absolute: (path: string) => string) {
  return figureRows(
    stories.map((story) => {
      const data = story.entry.data;
      return {
        id: story.id,
        url: absolute(routes.story(story.id)),
        title: data.title,
        kind: data.kind,
        unit: data.unit.name,
        locality: localityById.get(data.locality.id)?.name ?? data.locality.id,
        fields: data.fields.map((f) => fieldById.get(f.id)?.name ?? f.id),
        items: data.items,
        phase: phaseById.get(data.phase.id)?.name ?? data.phase.id,
        achievedOn: data.achievedOn,
        commendation: data.commendation?.status,
        figures: data.figures.map((f) => ({ ...f, indicator: f.indicator?.id })),
      };
    }),
    (id) => indicatorById.get(id)?.label ?? id,
  );
}
