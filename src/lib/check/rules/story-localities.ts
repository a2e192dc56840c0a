import { formatPartialDate } from '../../partial-date.ts';
import { validityText, wasValidDuring } from '../../statistics/localities.ts';
import type { ContentRule } from '../check-content.ts';
import type { Problem } from '../problem.ts';

/**
 * A story's locality must have existed when the achievement happened: the ten district-level
 * units and the province of Kon Tum ended on 30/6/2025, the new province began on 1/7/2025.
 * A date coarser than a day passes if any of it falls inside the locality's validity.
 */
export const storyLocalities: ContentRule = (ctx) => {
  const problems: Problem[] = [];
  const localities = ctx.entries.get('localities');
  for (const entry of ctx.entries.get('exemplars').values()) {
    const story = entry.data;
    const locality = localities.get(story.locality.id)?.data;
    if (!locality) continue; // an unknown id is a broken reference, reported by the core check
    if (wasValidDuring(locality, story.achievedOn)) continue;
    const valid = [...localities].filter(([, l]) => wasValidDuring(l.data, story.achievedOn));
    problems.push({
      file: entry.source.file,
      line: entry.source.lineOf(['locality']),
      field: 'locality',
      message: `Địa bàn “${locality.name}” ${validityText(locality)}, nhưng ngày đạt thành tích là ${formatPartialDate(story.achievedOn)}.`,
      fix: `Chọn địa bàn có hiệu lực vào ngày đạt thành tích${valid.length ? ` (${valid.map(([id]) => id).join(', ')})` : ''}, hoặc thêm địa bàn mới vào content/localities/ (docs/figures.md).`,
    });
  }
  return problems;
};
