import { densestWindow, excerptHtml, rankSections, WINDOW_WORDS as EXCERPT_WORDS } from './passage.ts';
import { fromIndexForm } from './vietnamese.ts';
import { pageTokens, termLocations, unansweredTerms, type QueryTerm } from './word-rule.ts';

/** What Pagefind's data() gives for one page (Pagefind 1.6), as far as the result view reads it. */
export interface PageData {
  url: string;
  content: string;
  /** The content, HTML-escaped (Pagefind adds it when it loads the fragment). */
  raw_content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Positions of every word Pagefind matched, as a prefix, for any query word. */
  locations: number[];
  anchors: Array<{ element: string; id: string; text?: string; title?: string; location: number }>;
  sub_results: Array<{ title: string; url: string; anchor?: { location: number } }>;
}

interface SectionView {
  url: string;
  title: string;
  excerpt: string;
}

export interface ResultView {
  url: string;
  title: string;
  excerpt: string;
  type?: string;
  sections: SectionView[];
}

/** Sections listed under a page. */
const SECTIONS_SHOWN = 3;

type PageAnalysis = { view: ResultView; unanswered: [] } | { view?: undefined; unanswered: number[] };

/**
 * Reads one page Pagefind returned: which query terms it really answers under the whole-word
 * rule (word-rule.ts) and, when it answers all, what the result shows. The excerpt is centred on
 * the densest window of query words; the sections are ordered by how well they match, the one
 * already shown as the excerpt left out; only real matches are highlighted; ď is shown as đ.
 */
export function analysePage(data: PageData, terms: readonly QueryTerm[], typeKey: string): PageAnalysis {
  const tokens = pageTokens(data.content);
  const words = pageTokens(data.raw_content ?? escapeHtml(data.content));
  const found = termLocations(tokens, data.locations, terms);
  const unanswered = unansweredTerms(found, terms, [data.meta.title ?? '']);
  if (unanswered.length > 0) return { unanswered };
  const title = fromIndexForm(data.meta.title ?? data.url);
  const whole = { start: 0, end: words.length };
  const best = densestWindow(found);
  // Pagefind's own rule for which anchors start a section.
  const headings = data.anchors.filter((a) => (a.title?.trim() || (/h\d/i.test(a.element) && a.text?.trim()))).map((a) => a.location);
  const sections = rankSections(
    data.sub_results
      .filter((sub) => sub.url !== data.url && fromIndexForm(sub.title) !== title)
      .map((sub) => ({ url: sub.url, title: fromIndexForm(sub.title), start: sub.anchor?.location ?? 0 })),
    headings,
    found,
    words.length,
  )
    .filter((section) => !best || best.first < section.stretch.start || best.first >= section.stretch.end)
    .slice(0, SECTIONS_SHOWN)
    .map((section) => ({ url: section.url, title: section.title, excerpt: fromIndexForm(excerptHtml(words, found, section.stretch, EXCERPT_WORDS)) }));
  return {
    view: { url: data.url, title, excerpt: fromIndexForm(excerptHtml(words, found, whole, EXCERPT_WORDS)), type: data.filters[typeKey]?.[0], sections },
    unanswered: [],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
