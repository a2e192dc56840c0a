import type { ContentRule } from '../check-content.ts';
import type { Problem } from '../problem.ts';
import { sameUnit } from '../../statistics/indicators.ts';

/**
 * A figure that names an indicator is added up with every other figure of it, so it must be
 * written in the indicator's unit: 2 “km” and 500 “m” under one indicator would sum to nonsense.
 * An unknown indicator id is a broken reference, reported by the core check.
 */
export const storyIndicators: ContentRule = (ctx) => {
  const problems: Problem[] = [];
  const indicators = ctx.entries.get('indicators');
  for (const entry of ctx.entries.get('exemplars').values()) {
    entry.data.figures.forEach((figure, i) => {
      const indicator = figure.indicator && indicators.get(figure.indicator.id)?.data;
      if (!indicator || sameUnit(figure.unit, indicator.unit)) return;
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['figures', i, 'unit']),
        field: `figures[${i}].unit`,
        message: `Đơn vị “${figure.unit}” khác đơn vị “${indicator.unit}” của chỉ tiêu “${indicator.label}” (${figure.indicator!.id}); các số liệu của một chỉ tiêu phải cùng đơn vị để cộng lại được.`,
        fix: `Đổi số liệu sang đơn vị “${indicator.unit}”, hoặc bỏ dòng “indicator” nếu số liệu này không thuộc chỉ tiêu đó.`,
      });
    });
  }
  return problems;
};
