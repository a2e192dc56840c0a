/**
 * The rows of the statistics downloads (/so-lieu/so-lieu.csv, .xlsx), apart from
 * ./statistics.ts so the story pages, which import that, do not load the spreadsheet library.
 */
import { figureRows } from '../lib/statistics/export.ts';
import { routes } from '../lib/routes.ts';
import { fieldById, phaseById } from './site-data.ts';
import { indicatorById } from './statistics.ts';
import { localityById, stories } from './stories.ts';

/**
 * The story × figure rows of the downloads, newest story first: built once and shared by the CSV
 * and the workbook (some 10,000 rows at 5,000 stories).
 */
let exported: ReturnType<typeof figureRows> | undefined;
export function exportRows(absolute: (path: string) => string) {
  exported ??= buildExportRows(absolute);
  return exported;
}

function buildExportRows(absolute: (path: string) => string) {
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
