/**
 * The map of the site: one row per top-level page or section, the only place its address and
 * its roles are written. Routes (routes.ts), the sidebar (astro.config.mjs), the precache list
 * (offline/precache.ts), the pages Lighthouse measures (scripts/dev/gates/budgets.ts), the search
 * page's filters and material types (search/filters.ts) and the story lists' URL segments
 * (stories/paths.ts) are all read from here. The page itself is a file under src/pages/ (or a
 * Markdown page in content/pages/) in the folder named by `path`; tests/unit/site-map.test.ts
 * checks that the two agree. See docs/architecture.md, "Where to add a page".
 *
 * Plain data with no imports: the search UI bundle reads the filters and material types from it.
 */

/**
 * Every filter a URL of the site can carry, by name, with its key (the query parameter on the
 * search page, the path segment of a story list, the `data-pagefind-filter` prefix). One key
 * means one thing everywhere: the search's material type is `tai-lieu`, a story's kind
 * (tập thể/cá nhân) is `loai`.
 */
export const FILTER_KEYS = {
  materialType: 'tai-lieu',
  phase: 'giai-doan',
  field: 'linh-vuc',
  locality: 'dia-ban',
  year: 'nam',
  kind: 'loai',
  // What the statistics pages' numbers count by (/so-lieu/, issue 14).
  item: 'muc',
  quarter: 'quy',
  commendation: 'khen-thuong',
  indicator: 'chi-tieu',
} as const;

export type FilterName = keyof typeof FILTER_KEYS;

/** The material type of pages that are about the site rather than the campaign; listed last. */
export const GENERAL_MATERIAL_TYPE = 'Trang chung';

/** A Lighthouse measurement of this section (the gate's budgets: scripts/dev/gates/budgets.ts). */
export interface LighthouseMeasure {
  /** The name the gate reports and `--pages` selects. */
  label: string;
  /** A page below the section to measure instead of the section's own page. */
  page?: string;
  /** Measure the first page the section's page links to below it (e.g. a story from the list). */
  firstLinkUnder?: true;
  /** Skipped with a notice when not built. */
  optional?: true;
}

export interface SiteRow {
  /** Relative to the base path, with a trailing slash; '' is the home page. One folder deep. */
  path: string;
  /** The page's name in navigation. */
  label: string;
  /** In the sidebar, in the order of this map. */
  sidebar: boolean;
  /** Stored by the service worker at install, every page of the section (offline reading). */
  precached: boolean;
  /** Measured by the Lighthouse gate. */
  lighthouse?: readonly LighthouseMeasure[];
  /** The "Loại tài liệu" search filter value of its pages; absent: the section is not indexed. */
  materialType?: string;
  /** The filters its URLs take, in the order the page shows them. */
  filters?: readonly FilterName[];
  /**
   * Further filters its URLs take that the page does not offer as choices: links from other
   * pages set them (a number of the statistics pages), and the page shows them as removable chips.
   */
  linkFilters?: readonly FilterName[];
  /**
   * An application of its own rather than reading matter (the editors' workspace): out of the
   * sitemap, robots, the service worker and the tests every reading page gets (axe, reflow,
   * requests); its own test covers it (tests/browser/workspace.test.ts).
   */
  app?: true;
}

export const SITE_MAP = {
  home: {
    path: '',
    label: 'Trang chủ',
    sidebar: true,
    precached: true,
    lighthouse: [{ label: 'home' }],
    materialType: GENERAL_MATERIAL_TYPE,
  },
  guidance: {
    path: 'huong-dan/',
    label: 'Toàn văn hướng dẫn',
    sidebar: true,
    precached: true,
    lighthouse: [{ label: 'guidance' }],
    materialType: 'Toàn văn hướng dẫn',
  },
  phases: {
    path: 'giai-doan/',
    label: 'Các giai đoạn',
    sidebar: true,
    precached: true,
    lighthouse: [{ label: 'phases' }],
    materialType: 'Giai đoạn',
  },
  contents: { path: 'noi-dung-thi-dua/', label: 'Nội dung thi đua', sidebar: true, precached: true, materialType: 'Nội dung thi đua' },
  bodies: { path: 'trach-nhiem/', label: 'Trách nhiệm thực hiện', sidebar: true, precached: true, materialType: 'Trách nhiệm thực hiện' },
  directives: {
    path: 'van-ban/',
    label: 'Văn bản liên quan',
    sidebar: true,
    precached: true,
    lighthouse: [{ label: 'directive', page: 'ke-hoach-763-kh-ubnd/' }],
    materialType: 'Văn bản liên quan',
  },
  // Stories grow without bound, so they are cached only as they are read.
  stories: {
    path: 'cau-chuyen/',
    label: 'Câu chuyện điển hình',
    sidebar: true,
    precached: false,
    lighthouse: [{ label: 'stories index' }, { label: 'a story', firstLinkUnder: true, optional: true }],
    materialType: 'Câu chuyện điển hình',
    filters: ['locality', 'field', 'kind', 'year'],
  },
  search: {
    path: 'tim-kiem/',
    label: 'Tìm kiếm',
    sidebar: true,
    precached: true,
    lighthouse: [{ label: 'search' }],
    filters: ['materialType', 'phase', 'field', 'locality', 'year'],
    // Story pages declare them; a number of /so-lieu/ links here with exactly its stories' filters.
    linkFilters: ['kind', 'item', 'quarter', 'commendation', 'indicator'],
  },
  // The campaign's figures with charts and downloads, one variant per phase; each number links to
  // its stories (a story list, or the search page filtered). They grow with the stories, so
  // nothing is precached.
  statistics: {
    path: 'so-lieu/',
    label: 'Số liệu phong trào',
    sidebar: true,
    precached: false,
    lighthouse: [{ label: 'statistics' }],
    materialType: 'Số liệu phong trào',
  },
  // Markdown pages (content/pages/), rendered by Starlight.
  about: { path: 'gioi-thieu/', label: 'Về trang này', sidebar: true, precached: true, materialType: GENERAL_MATERIAL_TYPE },
  submitStory: { path: 'gui-cau-chuyen/', label: 'Gửi câu chuyện điển hình', sidebar: false, precached: false, materialType: GENERAL_MATERIAL_TYPE },
  // A printable A4 poster with a QR code to the home page, linked from every page's "Chia sẻ"
  // control: a sheet to print, not reading matter, so neither in the sidebar, the search nor the
  // offline copy.
  poster: { path: 'ap-phich/', label: 'Áp phích in (A4)', sidebar: false, precached: false, lighthouse: [{ label: 'poster' }] },
  // What the service worker shows for a page that is neither online nor cached.
  offline: { path: 'ngoai-tuyen/', label: 'Không có kết nối mạng', sidebar: false, precached: true },
  // The editors' web workspace (Sveltia CMS, docs/editors.md), written by the build step
  // src/integrations/output/workspace.ts, not by Astro.
  workspace: { path: 'quan-tri/', label: 'Quản trị nội dung', sidebar: false, precached: false, app: true },
} as const satisfies Record<string, SiteRow>;

export type SiteKey = keyof typeof SITE_MAP;

export const SITE_ROWS: ReadonlyArray<SiteRow & { key: SiteKey }> = Object.entries(SITE_MAP).map(([key, row]) => ({
  key: key as SiteKey,
  ...row,
}));

/** The paths of the applications (`app` rows), relative to the base: kept from robots and the service worker. */
export const APP_PATHS: readonly string[] = SITE_ROWS.filter((row) => row.app).map((row) => row.path);

/**
 * The row a path belongs to (relative to the base, a URL path like `van-ban/x/` or a file like
 * `van-ban/x/index.html`), by its first folder; the home row only for the home page itself.
 */
export function siteRowOf(path: string): (SiteRow & { key: SiteKey }) | undefined {
  const relative = path.replace(/^\/+/, '');
  if (relative === '' || relative === 'index.html') return SITE_ROWS.find((row) => row.path === '');
  const slash = relative.indexOf('/');
  if (slash === -1) return undefined;
  const section = relative.slice(0, slash + 1);
  return SITE_ROWS.find((row) => row.path === section);
}

type MaterialTypeOf<Row> = Row extends { materialType: infer T extends string } ? T : never;
export type MaterialType = MaterialTypeOf<(typeof SITE_MAP)[SiteKey]>;

/** Material types in the order the search filter lists them: the sidebar's, general pages last. */
export const MATERIAL_TYPES: readonly MaterialType[] = [
  ...new Set([
    ...SITE_ROWS.flatMap((row) => (row.materialType && row.materialType !== GENERAL_MATERIAL_TYPE ? [row.materialType] : [])),
    GENERAL_MATERIAL_TYPE,
  ]),
] as MaterialType[];
