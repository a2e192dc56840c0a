import type { APIRoute } from 'astro';
import { buildDate } from '../../data/site-data.ts';
import { variants } from '../../data/statistics.ts';
import { ui } from '../../lib/i18n/ui.ts';
import { bucketSheet, indicatorSheet, workbook } from '../../lib/statistics/export.ts';

/**
 * The statistics as a workbook: one sheet per table of /so-lieu/, each with a column for the
 * campaign and one per phase. The story × figure rows are the CSV's alone: written into the
 * workbook too they took 1.8 s of a 5,000-story build, more than half of the 5 % the statistics
 * pages may add (docs/figures.md, "Cost"), for a table Excel opens from the CSV as well.
 */
export const GET: APIRoute = async () => {
  const text = ui.statistics;
  const sheet = text.sheets;
  const per = (pick: (v: (typeof variants)[number]['statistics']) => Parameters<typeof bucketSheet>[2][number]['buckets']) =>
    variants.map((v) => ({ title: v.title, buckets: pick(v.statistics) }));
  const file = await workbook(
    [
      bucketSheet(sheet.field, text.dimensions.field, per((s) => s.byField)),
      bucketSheet(sheet.item, text.dimensions.item, per((s) => s.byItem)),
      bucketSheet(sheet.locality, text.dimensions.locality, per((s) => s.byLocality)),
      bucketSheet(sheet.quarter, text.dimensions.quarter, per((s) => s.byQuarter)),
      bucketSheet(sheet.kind, text.dimensions.kind, per((s) => s.byKind)),
      bucketSheet(sheet.commendation, text.dimensions.commendation, per((s) => s.byCommendation)),
      indicatorSheet(sheet.indicator, variants.map((v) => ({ title: v.title, totals: v.statistics.indicators }))),
    ],
    buildDate,
  );
  return new Response(file, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
