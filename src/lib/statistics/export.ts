/**
 * The statistics downloads (docs/open-data.md, "Statistics"): a CSV with one row per story and
 * figure, and a workbook with that table and one sheet per table of the statistics page. The
 * rows are built here once; CSV and XLSX only serialise them.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { partialDateToString, type PartialDate } from '../partial-date.ts';
import { quarterLabel, quarterOf, type Bucket, type IndicatorTotal } from './figures.ts';

/** What a row of the story × figure table needs of a story, names resolved. */
export interface ExportStory {
  id: string;
  url: string;
  title: string;
  kind: string;
  unit: string;
  locality: string;
  fields: readonly string[];
  items: readonly string[];
  phase: string;
  achievedOn: PartialDate;
  commendation?: string | undefined;
  figures: ReadonlyArray<{ label: string; value: number; unit: string; indicator?: string | undefined }>;
}

/** Column headings of the story × figure table, in order (also the CSV header). */
export const FIGURE_COLUMNS = [
  'Mã câu chuyện',
  'Tiêu đề',
  'Tập thể/cá nhân',
  'Đơn vị',
  'Địa bàn (lúc đạt thành tích)',
  'Nội dung thi đua',
  'Mục',
  'Giai đoạn',
  'Thời điểm đạt thành tích',
  'Quý',
  'Khen thưởng',
  'Số liệu',
  'Giá trị',
  'Đơn vị tính',
  'Chỉ tiêu',
  'Địa chỉ',
] as const;

export type FigureRow = Array<string | number | null>;

/**
 * One row per story and figure; a story without figures still has one row, its figure cells
 * empty, so every story counted on the page is in the table.
 */
export function figureRows(stories: readonly ExportStory[], indicatorLabel: (id: string) => string): FigureRow[] {
  return stories.flatMap((s) => {
    const quarter = quarterOf(s.achievedOn);
    const common = [
      s.id,
      s.title,
      s.kind,
      s.unit,
      s.locality,
      s.fields.join('; '),
      s.items.join('; '),
      s.phase,
      partialDateToString(s.achievedOn),
      quarter ? quarterLabel(quarter) : null,
      s.commendation ?? null,
    ];
    const figures = s.figures.length ? s.figures : [undefined];
    return figures.map((f): FigureRow => [
      ...common,
      f?.label ?? null,
      f?.value ?? null,
      f?.unit ?? null,
      f?.indicator ? indicatorLabel(f.indicator) : null,
      s.url,
    ]);
  });
}

const BOM = '\uFEFF';

/** UTF-8 with a byte-order mark, so Excel opens the Vietnamese text correctly; RFC 4180 quoting. */
export function figuresCsv(rows: readonly FigureRow[]): string {
  return BOM + stringify([[...FIGURE_COLUMNS], ...rows], { record_delimiter: '\r\n' });
}

/** One table of the statistics page, as a sheet. */
export interface SheetTable {
  name: string;
  columns: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

/** A count table of the pages: one row per label, the number of stories in each variant (column). */
export function bucketSheet(name: string, heading: string, variants: ReadonlyArray<{ title: string; buckets: readonly Bucket[] }>): SheetTable {
  const first = variants[0]?.buckets ?? [];
  return {
    name,
    columns: [heading, ...variants.map((v) => `Số câu chuyện – ${v.title}`)],
    // Matched by value: a phase's quarters are a part of the campaign's.
    rows: first.map((b) => [b.label, ...variants.map((v) => v.buckets.find((o) => o.value === b.value)?.stories.length ?? 0)]),
  };
}

/** The indicators' totals, one block of columns per variant. */
export function indicatorSheet(name: string, variants: ReadonlyArray<{ title: string; totals: readonly IndicatorTotal[] }>): SheetTable {
  const first = variants[0]?.totals ?? [];
  return {
    name,
    columns: ['Chỉ tiêu', 'Đơn vị tính', 'Cách cộng', ...variants.flatMap((v) => [`Tổng – ${v.title}`, `Số câu chuyện – ${v.title}`])],
    rows: first.map((t) => {
      const of = (v: (typeof variants)[number]) => v.totals.find((o) => o.value === t.value);
      return [t.label, t.indicator.unit, t.indicator.aggregate, ...variants.flatMap((v) => [of(v)?.total ?? 0, of(v)?.stories.length ?? 0])];
    }),
  };
}

/** The workbook: one sheet per table. */
export async function workbook(tables: readonly SheetTable[], created: Date): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Phong trào thi đua – LĐLĐ tỉnh Kon Tum';
  // Fixed dates, so the same content gives the same file from build to build.
  book.created = created;
  book.modified = created;
  for (const table of tables) {
    const sheet = book.addWorksheet(table.name);
    sheet.addRow([...table.columns]).font = { bold: true };
    for (const row of table.rows) sheet.addRow([...row]);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    table.columns.forEach((heading, i) => {
      const width = Math.max(heading.length, ...table.rows.map((r) => String(r[i] ?? '').length));
      sheet.getColumn(i + 1).width = Math.min(Math.max(width + 2, 8), 60);
    });
  }
  // ExcelJS's zip stamps every part with the time of writing: stamped again with `created`, so
  // two builds of the same content give the same bytes (tests/build/plain-astro-build.test.ts).
  // ExcelJS stores the parts uncompressed and fflate compresses them once.
  const parts = unzipSync(new Uint8Array(await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)));
  const stamped: Zippable = Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { mtime: created }]]));
  return new Uint8Array(zipSync(stamped, { level: 6 }));
}
