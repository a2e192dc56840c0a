/**
 * Synthetic stories for the search benchmark: plain HTML pages written into a COPY of a built
 * site (never into content/), each wrapped in a real page's shell so Pagefind sees what it sees
 * on the real site. Words are drawn from the guidance text so the vocabulary (accents, đ) is
 * realistic; names are visibly fictional ("Công đoàn cơ sở Mẫu 12").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filterValue } from '../../../src/lib/search/filters.ts';
import { FILTER_KEYS, SITE_MAP } from '../../../src/lib/site-map.ts';

const WORDS_PER_STORY = 300;

/** Small deterministic generator, so every run indexes the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface StoryOptions {
  siteDir: string;
  count: number;
  sourceText: string;
  onProgress?: (done: number, total: number) => void;
}

/** Writes `count` story pages under <siteDir>/cau-chuyen/mau-N/ using /gioi-thieu/ as the shell. */
export function writeSyntheticStories({ siteDir, count, sourceText, onProgress }: StoryOptions): void {
  const shell = readFileSync(join(siteDir, SITE_MAP.about.path, 'index.html'), 'utf8');
  const open = shell.indexOf('<main');
  const close = shell.indexOf('</main>');
  if (open === -1 || close === -1) throw new Error('The page shell has no <main> element.');
  const mainTag = shell.slice(open, shell.indexOf('>', open) + 1);
  const words = sourceText.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const fields = ['Phát triển kết cấu hạ tầng', 'Thực hành tiết kiệm, chống lãng phí'];
  for (let i = 1; i <= count; i++) {
    const sentences: string[] = [];
    let total = 0;
    while (total < WORDS_PER_STORY) {
      const length = 8 + Math.floor(next() * 14);
      const start = Math.floor(next() * (words.length - length));
      sentences.push(words.slice(start, start + length).join(' ').replace(/[.;:,]$/, '') + '.');
      total += length;
    }
    const unit = `Công đoàn cơ sở Mẫu ${i}`;
    const year = 2022 + (i % 9);
    const filters = [
      `${FILTER_KEYS.materialType}:${SITE_MAP.stories.materialType}`,
      `${FILTER_KEYS.phase}:${year <= 2025 ? 'Giai đoạn 1' : 'Giai đoạn 2'}`,
      `${FILTER_KEYS.field}:${filterValue(pick(fields))}`,
      `${FILTER_KEYS.locality}:Địa bàn Mẫu ${1 + (i % 10)}`,
      `${FILTER_KEYS.year}:${year}`,
    ];
    const paragraphs = [];
    for (let p = 0; p < sentences.length; p += 4) paragraphs.push(`<p>${escapeHtml(sentences.slice(p, p + 4).join(' '))}</p>`);
    const body = [
      `<div class="content-panel"><div class="sl-container"><h1 id="_top">Câu chuyện mẫu ${i}: ${unit}</h1></div></div>`,
      `<div class="content-panel"><div class="sl-container"><div class="sl-markdown-content">`,
      ...filters.map((filter) => `<span data-pagefind-filter="${filter}" hidden></span>`),
      `<p><strong>${unit}</strong>, năm ${year}.</p>`,
      ...paragraphs,
      `</div></div></div>`,
    ].join('');
    const dir = join(siteDir, 'cau-chuyen', `mau-${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), `${shell.slice(0, open)}${mainTag}${body}${shell.slice(close)}`);
    if (i % 500 === 0 || i === count) onProgress?.(i, count);
  }
}
