import { formatDay } from '../../format.ts';
import { comparePartialDates, formatPartialDate, partialDateRange, type PartialDate } from '../../partial-date.ts';
import { isInPhase } from '../../phases.ts';
import type { ContentRule } from '../check-content.ts';
import type { Problem } from '../problem.ts';

/**
 * Dates that cannot be right: an achievement or publication after today (the check's `today`,
 * pinned by BUILD_DATE), an achievement published before it happened, or an achievement
 * outside the phase the story names.
 */
export const storyDates: ContentRule = (ctx) => {
  const problems: Problem[] = [];
  const phases = ctx.entries.get('phases');
  for (const entry of ctx.entries.get('exemplars').values()) {
    const story = entry.data;
    const at = (path: PropertyKey[], field: string, message: string, fix: string) =>
      problems.push({ file: entry.source.file, line: entry.source.lineOf(path), field, message, fix });

    const future = (date: PartialDate | undefined, path: PropertyKey[], what: string) => {
      if (date && partialDateRange(date).start.getTime() > ctx.today.getTime()) {
        at(
          path,
          path.join('.'),
          `${what} (${formatPartialDate(date)}) ở sau ngày hôm nay (${formatDay(ctx.today)}).`,
          'Sửa lại cho đúng ngày đã diễn ra: trang chỉ đăng thành tích đã đạt được.',
        );
        return true;
      }
      return false;
    };
    const achievedFuture = future(story.achievedOn, ['achievedOn'], 'Ngày đạt thành tích');
    const publishedFuture = future(story.publishedOn, ['publishedOn'], 'Ngày đăng');
    future(story.commendation?.date, ['commendation', 'date'], 'Ngày khen thưởng');

    if (!achievedFuture && !publishedFuture && comparePartialDates(story.achievedOn, story.publishedOn) > 0) {
      at(
        ['achievedOn'],
        'achievedOn',
        `Ngày đạt thành tích (${formatPartialDate(story.achievedOn)}) ở sau ngày đăng (${formatPartialDate(story.publishedOn)}).`,
        'Kiểm tra lại hai ngày: ngày đạt thành tích phải trước hoặc bằng ngày đăng.',
      );
    }

    const phase = phases.get(story.phase.id)?.data;
    if (phase && !isInPhase(story.achievedOn, phase)) {
      at(
        ['phase'],
        'phase',
        `Ngày đạt thành tích (${formatPartialDate(story.achievedOn)}) không thuộc ${phase.name} (${formatPartialDate(phase.start)} – ${formatPartialDate(phase.end)}).`,
        `Chọn giai đoạn chứa ngày đạt thành tích (các mã có trong content/phases/: ${[...phases.keys()].join(', ')}).`,
      );
    }
  }
  return problems;
};
