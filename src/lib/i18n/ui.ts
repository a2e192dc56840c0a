/**
 * The site's own interface text, in Vietnamese: every label, status line, heading of a widget
 * and empty state that components, pages and client scripts show. Guidance text and content
 * data are not here (they live in content/), nor is Starlight's own interface text (its
 * translations, overridden in src/content/i18n/vi.json, are read with Astro.locals.t).
 *
 * Strings a client script needs are plain data: templates with {placeholders}, filled in by
 * fill() (src/lib/i18n/fill.ts). A component renders them into a data-strings attribute as
 * JSON and the script reads them from there, so no Vietnamese sentence is written in a script.
 * Server-side formatters are small functions. See docs/search.md, "Interface text".
 */
import { formatNumber } from '../format.ts';
import { fill } from './fill.ts';
import type { PartialDate } from '../partial-date.ts';
import type { TimeStatus } from '../phases.ts';
import type { COMMENDATION_STATUSES, ExemplarKind } from '../schemas/exemplars.ts';
import type { SearchFilterName } from '../search/filters.ts';
import type { FilterDimension } from '../stories/listing.ts';

const count = formatNumber;

/** What the search scripts (src/scripts/search/ui.ts and the inline loaders) write at run time. */
const searchScript = {
  loading: 'Đang tải bộ tìm kiếm…',
  loadFailed: 'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.',
  quote: '“{text}”',
  wordSeparator: ', ',
  found: '{count} kết quả.',
  foundFor: '{count} kết quả cho {query}.',
  none: 'Không có kết quả nào.',
  noneFor: 'Không có kết quả nào cho {query}.',
  missingFor: 'Không có kết quả nào cho {query}: không trang nào có từ {words}. Hãy kiểm tra chính tả hoặc bỏ bớt từ.',
  sections: 'Các đoạn liên quan trong trang: {title}',
  dropped: 'Không tìm thấy {words}, đang hiện kết quả cho các từ còn lại.',
  filterCount: '({count})',
} as const;

/** What the search page's script also writes: the filters' summary and the ticked-filter chips. */
const searchPageScript = {
  filtersTicked: 'Bộ lọc ({count})',
  removeFilter: 'Bỏ lọc {filter}: {value}',
} as const;

/** Vietnamese quotation marks around a name, the same in scripts and pages. */
const quote = (text: string) => fill(searchScript.quote, { text });

/** What the statistics pages count stories by: their tables' headings and the search page's chips. */
const statDimensions = {
  phase: 'Giai đoạn',
  field: 'Nội dung thi đua',
  item: 'Mục',
  locality: 'Địa bàn',
  quarter: 'Quý',
  kind: 'Tập thể hay cá nhân',
  commendation: 'Khen thưởng',
  indicator: 'Chỉ tiêu',
} as const;

/** The search page's filters, by name (their keys: src/lib/site-map.ts). */
const searchFilters = {
  materialType: 'Loại tài liệu',
  phase: 'Giai đoạn',
  field: 'Lĩnh vực thi đua',
  locality: 'Địa bàn',
  year: 'Năm',
  kind: statDimensions.kind,
  item: statDimensions.item,
  quarter: statDimensions.quarter,
  commendation: statDimensions.commendation,
  indicator: statDimensions.indicator,
} as const satisfies Record<SearchFilterName, string>;

export const ui = {
  search: {
    form: 'Tìm trong toàn bộ trang',
    input: 'Tìm từ khóa',
    submit: 'Tìm',
    hint: 'Gõ có dấu hay không dấu đều được, ví dụ “cong doan” hay “công đoàn”; số văn bản như “763/KH-UBND”.',
    filters: 'Bộ lọc',
    results: 'Kết quả tìm kiếm',
    more: 'Xem thêm kết quả',
    pageLink: 'Mở trang tìm kiếm với bộ lọc',
    close: 'Đóng',
    needsJavaScript: 'Cần bật JavaScript để xem kết quả tìm kiếm.',
    script: searchScript,
    pageScript: searchPageScript,
    filterLabels: searchFilters,
    ticked: 'Bộ lọc đang chọn',
  },

  /** A fact the source document does not give: one wording, so readers learn to recognise it. */
  missingValue: 'Không ghi trong văn bản gốc',
  editorialNote: 'Ghi chú biên tập:',
  timeStatus: { past: 'Đã qua', current: 'Đang diễn ra', upcoming: 'Sắp tới' } satisfies Record<TimeStatus, string>,
  phaseProgress: (phase: string, percent: number) => `${phase}: đã qua khoảng ${count(percent)}% thời gian`,

  /** The "where is the campaign now" card on the home page; {name} parts are links or dates. */
  campaignNow: {
    heading: 'Phong trào đang ở đâu?',
    asOf: 'Tính theo ngày cập nhật trang:',
    during: 'Đang ở {phase}.',
    before: 'Phong trào chưa bắt đầu. Giai đoạn đầu tiên: {next} ({span}).',
    between: 'Đã kết thúc {previous}; sắp tới là {next} ({span}).',
    after: 'Phong trào đã kết thúc (giai đoạn cuối: {last}, {span}).',
    currentMilestone: 'Mốc đang diễn ra',
    nextMilestone: 'Mốc tiếp theo',
    daysLeft: (days: number) => ` (còn ${count(days)} ngày)`,
    noMilestone: 'Không còn mốc nào phía trước.',
  },

  /** The full guidance page's own navigation (its text comes from content/). */
  guidance: {
    contents: 'Mục lục',
    recipients: 'Nơi nhận và chữ ký',
    footnotes: 'Chú thích',
    /** A footnote mark's accessible name, and the name of the footnote where a page cites it. */
    footnote: (id: string | number) => `Chú thích ${id}`,
    backToFootnoteRef: (id: string | number) => `↩ Quay lại chỗ đánh dấu chú thích ${id}`,
    /** Where a paragraph or bullet sits in the guidance: "Hướng dẫn, II. Tiến độ thực hiện, 1. Giai đoạn 1 (…)". */
    citation: (block: { sectionLabel: string; heading?: string | undefined }) =>
      `Hướng dẫn, ${block.sectionLabel}${block.heading ? `, ${block.heading}` : ''}`,
  },

  /** The milestones as calendar files (/lich/*.ics) and the links that offer them. */
  calendar: {
    add: 'Thêm vào lịch:',
    /** What a calendar holds, in its links' text (one page may offer several calendars). */
    scope: (phase?: string) => (phase ? `các mốc của ${phase.toLocaleLowerCase('vi')}` : 'mọi mốc thời gian'),
    subscribe: (scope: string) => `Đăng ký lịch ${scope} (tự cập nhật)`,
    download: (scope: string) => `Tải tệp lịch ${scope} (.ics)`,
    /** X-WR-CALNAME: short, calendar apps show it in a narrow list. */
    name: (phase?: string) => `Thi đua hạ tầng, tiết kiệm${phase ? ` — ${phase}` : ''}`,
    description: (campaign: string, issuer: string, phase?: string) =>
      `Các mốc thời gian${phase ? ` của ${phase}` : ''} trong phong trào thi đua “${campaign}”, theo hướng dẫn của ${issuer}.`,
    event: {
      sourceSays: (date: string) => `Hướng dẫn ghi: ${date}.`,
      /** Said after the date when the guidance gives no day: what the event's span stands for. */
      span: {
        day: '',
        month: ' Văn bản không ghi ngày cụ thể; sự kiện trải suốt tháng.',
        quarter: ' Văn bản không ghi ngày cụ thể; sự kiện trải suốt quý.',
        year: ' Văn bản không ghi ngày cụ thể; sự kiện trải suốt năm.',
      } satisfies Record<PartialDate['precision'], string>,
      wording: (text: string) => `Nguyên văn: “${text}”`,
      source: (citation: string, url: string) => `Nguồn: ${citation}. ${url}`,
    },
  },

  /** The guidance as a Word file (src/lib/guidance-document/) and its link on /huong-dan/. */
  guidanceWord: {
    download: (bytes: number) => `Tải về bản Word (.docx, ${count(Math.max(1, Math.round(bytes / 1024)))} KB)`,
    /** The author Word shows on the editorial notes, which are comments in the file. */
    commentAuthor: 'Biên tập trang web',
  },

  directive: {
    number: 'Số, ký hiệu',
    kind: 'Loại văn bản',
    issuer: 'Cơ quan ban hành',
    date: 'Ngày ban hành',
    summary: 'Trích yếu',
    citedAs: 'Hướng dẫn nhắc đến là',
    fullText: 'Toàn văn',
    noLink: 'Chưa có đường dẫn',
    effectiveOn: 'Ngày có hiệu lực',
    sources: 'Nguồn thông tin',
    /** Default heading of a list of directive links. */
    related: 'Văn bản liên quan',
    cited: 'Các văn bản',
    basis: 'Căn cứ',
    quote,
  },

  stories: {
    kind: { 'tập thể': 'Tập thể', 'cá nhân': 'Cá nhân' } satisfies Record<ExemplarKind, string>,
    /** The label of a story's kind on its own page, linking to the list of that kind. */
    kindFact: { 'tập thể': 'Tập thể tiêu biểu', 'cá nhân': 'Cá nhân tiêu biểu' } satisfies Record<ExemplarKind, string>,
    commendation: { 'đề nghị': 'Đề nghị', 'đã nhận': 'Đã nhận' } satisfies Record<(typeof COMMENDATION_STATUSES)[number], string>,
    filterLabels: {
      locality: 'Địa bàn',
      field: 'Nội dung thi đua',
      kind: 'Tập thể hay cá nhân',
      year: 'Năm đạt thành tích',
    } satisfies Record<FilterDimension, string>,
    yearOption: (year: number | string) => `Năm ${year}`,
    published: 'Đăng ngày',
    /** Field names in a story's facts box. */
    facts: {
      kind: 'Loại',
      person: 'Họ và tên',
      unit: 'Đơn vị',
      locality: 'Địa bàn',
      fields: 'Nội dung thi đua',
      items: 'Nội dung cụ thể',
      item: (fieldNumber: string, excerpt: string) => `Mục III.${fieldNumber}: ${excerpt}`,
      phase: 'Giai đoạn',
      achievedOn: 'Thời điểm đạt thành tích',
      commendation: 'Khen thưởng',
      noCommendation: 'Chưa có thông tin',
      directives: 'Văn bản liên quan',
      publishedOn: 'Ngày đăng',
    },
    figures: 'Kết quả bằng con số',
    empty: (scope?: string) => `Chưa có câu chuyện điển hình nào được đăng${scope ? ` ${scope}` : ''}.`,
    emptyForField: 'cho nội dung thi đua này',
    invite: 'Công đoàn các cấp có tập thể, cá nhân tiêu biểu trong phong trào thi đua có thể gửi câu chuyện để đăng tại đây.',
    howToSubmit: 'Xem cách gửi câu chuyện điển hình',
    /** The story lists (/cau-chuyen/ and its filter and page lists). */
    list: {
      title: 'Câu chuyện điển hình',
      filteredTitle: (filter: string) => `Câu chuyện điển hình: ${filter}`,
      pageTitle: (title: string, page: number) => `${title} (trang ${page})`,
      description: (filter?: string) => `Câu chuyện về các tập thể, cá nhân tiêu biểu trong phong trào thi đua${filter ? ` (${filter})` : ''}, mới nhất trước.`,
      feedTitle: 'Câu chuyện điển hình (RSS)',
      intro: 'Nơi đăng câu chuyện về các tập thể, cá nhân tiêu biểu trong phong trào thi đua.',
      countAll: (stories: number) => `${count(stories)} câu chuyện về các tập thể, cá nhân tiêu biểu trong phong trào thi đua, mới nhất trước.`,
      countFiltered: (stories: number, filter: string) => `${count(stories)} câu chuyện thuộc ${quote(filter)}, mới nhất trước.`,
      submit: 'Gửi câu chuyện điển hình',
      filters: 'Lọc câu chuyện',
      all: (stories: number) => `Tất cả câu chuyện (${count(stories)})`,
      option: (label: string, stories: number) => `${label} (${count(stories)})`,
      heading: 'Danh sách câu chuyện',
      range: (first: number, last: number, total: number) => `Câu chuyện ${count(first)}–${count(last)} trên ${count(total)}`,
      pages: 'Các trang danh sách',
      previous: '← Trang trước',
      next: 'Trang sau →',
      page: (page: number) => `Trang ${page}`,
      feed: 'Theo dõi câu chuyện mới qua {rss} · Tải toàn bộ dữ liệu câu chuyện dạng {json} (dữ liệu mở).',
      latest: 'Câu chuyện điển hình mới nhất',
      seeAll: (stories: number) => `Xem tất cả ${count(stories)} câu chuyện điển hình`,
      aboutField: (field: string) => `Câu chuyện điển hình về ${field.toLowerCase()}`,
      seeAllAboutField: (stories: number, field: string) => `Xem tất cả ${count(stories)} câu chuyện về ${field.toLowerCase()}`,
      allStories: '← Tất cả câu chuyện điển hình',
    },
  },

  /** The "Chia sẻ" control at the foot of every page (src/components/ShareControl.astro). */
  share: {
    summary: 'Chia sẻ trang này',
    url: 'Đường dẫn của trang',
    copy: 'Chép đường dẫn',
    native: 'Gửi qua ứng dụng khác (Zalo…)',
    qrAlt: 'Mã QR mở trang này',
    qrHint: 'Quét mã bằng camera điện thoại để mở trang này.',
    poster: 'In áp phích A4 có mã QR của trang chủ',
    /** What its script writes at run time, passed in data-strings. */
    script: {
      copied: 'Đã chép đường dẫn',
      copyFailed: 'Không chép tự động được. Đường dẫn đã được chọn sẵn trong ô trên: nhấn Ctrl+C (trên điện thoại: chạm giữ rồi chọn Sao chép).',
    },
  },

  /** The home page's campaign band (src/components/overrides/Hero.astro) and field cards. */
  home: {
    /** Before the campaign's name in the page's one heading. */
    kicker: 'Phong trào thi đua',
    years: 'Thời gian thực hiện',
    scope: 'Phong trào được triển khai trong các cấp công đoàn tỉnh Kon Tum.',
    readGuidance: 'Đọc toàn văn hướng dẫn',
    fieldItems: (count: number, number: string) => `${count} nội dung cụ thể trong mục III.${number} của hướng dẫn.`,
  },

  /** The statistics pages (/so-lieu/), their charts, tables and story lists (issue 14). */
  statistics: {
    title: 'Số liệu phong trào',
    /** Sheet names of the workbook /so-lieu/so-lieu.xlsx (Excel allows at most 31 characters). */
    sheets: {
      field: 'Theo nội dung',
      item: 'Theo mục',
      locality: 'Theo địa bàn',
      quarter: 'Theo quý',
      kind: 'Tập thể, cá nhân',
      commendation: 'Khen thưởng',
      indicator: 'Chỉ tiêu',
    },
    description: (scope: string) => `Số liệu tổng hợp từ các câu chuyện điển hình đã đăng (${scope}): số câu chuyện theo nội dung, mục, địa bàn, quý, khen thưởng và chỉ tiêu, kèm bảng số liệu và tệp tải về.`,
    intro: 'Các con số dưới đây được cộng tự động từ những câu chuyện điển hình đã đăng trên trang. Mỗi con số dẫn tới đúng những câu chuyện được đếm: danh sách câu chuyện, hoặc trang tìm kiếm đã lọc sẵn (cần bật JavaScript).',
    empty: 'Chưa có câu chuyện điển hình nào được đăng, nên chưa có số liệu để tổng hợp. Khi có câu chuyện, các bảng và biểu đồ sẽ hiện ở đây.',
    variants: 'Phạm vi số liệu',
    headline: 'Số liệu chính',
    stories: 'Câu chuyện điển hình',
    collectives: 'Tập thể tiêu biểu',
    individuals: 'Cá nhân tiêu biểu',
    localities: 'Địa bàn có câu chuyện',
    proposed: 'Được đề nghị khen thưởng',
    received: 'Đã nhận khen thưởng',
    storiesColumn: 'Số câu chuyện',
    dimensions: statDimensions,
    charts: {
      field: 'Câu chuyện theo nội dung thi đua',
      item: 'Câu chuyện theo mục của nội dung thi đua',
      locality: 'Câu chuyện theo địa bàn',
      quarter: 'Câu chuyện theo quý đạt thành tích',
      commendation: 'Khen thưởng',
      indicator: 'Chỉ tiêu',
    },
    localityNote: 'Địa bàn được ghi như lúc đạt thành tích: từ ngày 01/07/2025, các huyện, thành phố của tỉnh Kon Tum không còn là đơn vị hành chính, nên câu chuyện từ ngày đó ghi địa bàn của tỉnh Quảng Ngãi mới.',
    multiField: 'Một câu chuyện có thể thuộc nhiều nội dung và nhiều mục, nên tổng các cột có thể lớn hơn số câu chuyện.',
    summaryTop: (top: string, count: string, total: string) => `Nhiều nhất: ${top} với ${count} trên ${total} câu chuyện.`,
    summaryNone: 'Chưa có câu chuyện nào trong các mục này.',
    quarterBoundary: (phase: string, quarter: string) => `Đường nét đứt đánh dấu ${phase} bắt đầu từ ${quarter}.`,
    yearOnly: (count: string) => `${count} câu chuyện chỉ ghi năm đạt thành tích, không xếp được vào quý nào, nên không có trong biểu đồ này.`,
    indicatorColumns: { total: 'Tổng', unit: 'Đơn vị tính', stories: 'Số câu chuyện', item: 'Theo ý của văn bản' },
    indicatorsIntro: 'Chỉ cộng các số liệu mà câu chuyện gắn với một chỉ tiêu (lấy từ các ý của văn bản hướng dẫn); văn bản không đặt mức chỉ tiêu nào, nên trang không so với mức nào.',
    leftOut: (figures: string, withIndicator: string) => `${figures} số liệu không gắn với chỉ tiêu nào nên không được cộng ở đây (vẫn hiện trên trang của từng câu chuyện); ${withIndicator} số liệu được cộng.`,
    downloads: 'Tải số liệu',
    csv: 'Bảng câu chuyện × số liệu (CSV, UTF-8)',
    xlsx: 'Sổ tính Excel (.xlsx), mỗi bảng một trang tính',
    downloadsNote: 'Mỗi dòng là một số liệu của một câu chuyện; câu chuyện không có số liệu có một dòng để trống phần số liệu.',
    printHint: 'Trang in vừa khổ A4 để làm phụ lục báo cáo sơ kết, tổng kết.',
    table: (caption: string) => `Bảng số liệu: ${caption}`,
  },

  /** The printable A4 poster (/ap-phich/). */
  poster: {
    title: 'Áp phích in (A4)',
    description: 'Áp phích khổ A4 của phong trào thi đua, có mã QR dẫn tới trang, để in và dán ở bảng tin nơi làm việc.',
    eyebrow: 'Phong trào thi đua',
    fields: 'Hai nội dung thi đua',
    phase: 'Giai đoạn hiện nay',
    scan: 'Quét mã QR để đọc toàn văn hướng dẫn, các giai đoạn và câu chuyện điển hình:',
    qrAlt: 'Mã QR dẫn tới trang chủ của phong trào',
    printHint: 'Khi in, chọn khổ giấy A4; áp phích vừa một trang, in đen trắng được.',
  },
  /**
   * The editors' web workspace (/quan-tri/, src/lib/cms/): the form's label and help for every
   * field of a story, by field path (`figures.*.label` for each figure's label). The content
   * check's annotations on a pull request name a field by the same label
   * (src/lib/cms/field-labels.ts), and tests/unit/cms-config.test.ts fails when a schema field
   * has no label here or a label has no schema field.
   */
  workspace: {
    title: 'Quản trị nội dung',
    description: 'Nơi biên tập viên soạn câu chuyện điển hình và gửi để duyệt.',
    noScript: 'Trang quản trị cần bật JavaScript.',
    collection: { label: 'Câu chuyện điển hình', singular: 'câu chuyện', description: 'Mỗi câu chuyện lưu thành một đề nghị thay đổi (pull request) để người duyệt xem trước khi đăng.' },
    slugHint: 'Tên thư mục và địa chỉ trang: chữ thường không dấu, nối bằng dấu gạch ngang; tự tạo từ tiêu đề.',
    slugMessage: 'Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ: nha-van-hoa-tiet-kiem).',
    fields: {
      title: { label: 'Tiêu đề', hint: 'Một câu nói rõ ai làm được gì.' },
      summary: { label: 'Tóm tắt', hint: 'Một đoạn văn ngắn, không xuống dòng.' },
      kind: { label: 'Tập thể hay cá nhân' },
      unit: { label: 'Đơn vị' },
      'unit.name': { label: 'Tên đơn vị', hint: 'Ghi đầy đủ, ví dụ: Công đoàn cơ sở Trường Tiểu học …' },
      'unit.level': { label: 'Cấp đơn vị' },
      person: { label: 'Họ và tên người được nêu gương', hint: 'Bắt buộc khi chọn “cá nhân”.' },
      locality: { label: 'Địa bàn' },
      fields: { label: 'Nội dung thi đua', hint: 'Chọn ít nhất một.' },
      items: { label: 'Nội dung cụ thể', hint: 'Tuỳ chọn. Chỉ chọn các mục thuộc nội dung thi đua đã chọn ở trên.' },
      phase: { label: 'Giai đoạn' },
      // Partial dates get the check's own list of forms as their hint (src/lib/cms/story-config.ts).
      achievedOn: { label: 'Thời điểm đạt thành tích' },
      publishedOn: { label: 'Ngày đăng' },
      figures: { label: 'Kết quả bằng con số', hint: 'Tuỳ chọn. Mỗi con số một dòng.' },
      'figures.*.label': { label: 'Nội dung', hint: 'Ví dụ: Chiều dài đường bê tông' },
      'figures.*.value': { label: 'Giá trị', hint: 'Chỉ ghi con số, không kèm đơn vị.' },
      'figures.*.unit': { label: 'Đơn vị tính', hint: 'Ví dụ: km, triệu đồng' },
      'figures.*.indicator': {
        label: 'Chỉ tiêu',
        hint: 'Tuỳ chọn. Chọn chỉ tiêu để con số được cộng ở trang Số liệu phong trào; đơn vị tính phải đúng đơn vị của chỉ tiêu.',
      },
      commendation: { label: 'Khen thưởng', hint: 'Tuỳ chọn.' },
      'commendation.status': { label: 'Tình trạng khen thưởng' },
      'commendation.title': { label: 'Hình thức khen thưởng', hint: 'Ví dụ: Bằng khen của Ban Chấp hành LĐLĐ tỉnh' },
      'commendation.by': { label: 'Cơ quan khen thưởng' },
      'commendation.date': { label: 'Thời điểm khen thưởng' },
      directives: { label: 'Văn bản liên quan', hint: 'Tuỳ chọn: văn bản mà câu chuyện thực hiện.' },
      cover: { label: 'Ảnh đại diện', hint: 'Tuỳ chọn.' },
      'cover.src': { label: 'Ảnh', hint: 'Ảnh JPEG, PNG hoặc WebP; ảnh lớn được thu nhỏ trước khi tải lên.' },
      'cover.alt': { label: 'Mô tả ảnh', hint: 'Ảnh cho thấy gì, cho người không xem được ảnh.' },
      sources: { label: 'Nguồn tin', hint: 'Ít nhất một: báo cáo, bài báo… nơi lấy thông tin.' },
      'sources.*.title': { label: 'Tên nguồn' },
      'sources.*.url': { label: 'Đường dẫn', hint: 'Tuỳ chọn, bắt đầu bằng https://' },
      author: { label: 'Người viết' },
      'author.name': { label: 'Họ và tên người viết' },
      'author.unit': { label: 'Đơn vị của người viết' },
      editor: { label: 'Người biên tập' },
      body: { label: 'Nội dung câu chuyện', hint: 'Kể lại việc đã làm, kết quả, bài học. Chèn ảnh bằng nút ảnh trên thanh công cụ.' },
    } as Readonly<Record<string, { label: string; hint?: string }>>,
  },
} as const;

/** What the search panel passes to the search scripts in its data-strings attribute. */
export type SearchScriptStrings = typeof searchScript;
/** What the share control passes to its script in its data-strings attribute. */
export type ShareScriptStrings = (typeof ui)['share']['script'];
/** The search page's panel also passes the filter labels. */
export type SearchPageScriptStrings = SearchScriptStrings & typeof searchPageScript & { filterLabels: typeof searchFilters };

