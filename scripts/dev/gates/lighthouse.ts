import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parseHTML } from 'linkedom';
import { CATEGORIES, judge, summarise, type PageSummary, type RunResult } from '../../../src/lib/quality/budgets.ts';
import { withBase } from '../../../src/lib/base-path.ts';
import { LISTING_SEGMENTS } from '../../../src/lib/stories/paths.ts';
import { startStaticServer } from '../../lib/static-server.ts';
import { BUDGET, LIGHTHOUSE_PAGES, RUNS, WAIVERS, type LighthousePage } from './budgets.ts';
import type { Gate } from './context.ts';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/** The first segment of a story list's own pages and filters (/cau-chuyen/trang/2/, /cau-chuyen/dia-ban/…). */
const LIST_SEGMENTS = new Set<string>(Object.values(LISTING_SEGMENTS));
const isListPage = (pathUnderList: string) => LIST_SEGMENTS.has(pathUnderList.split('/')[0]!);

/** Resolves a page entry to a URL path, or null when an optional page is not built. */
async function resolvePage(origin: string, base: string, page: LighthousePage): Promise<string | null> {
  const path = withBase(base, page.path);
  const response = await fetch(origin + path);
  if (!response.ok) {
    if (page.optional) return null;
    throw new Error(`${page.label}: ${path} answered ${response.status}`);
  }
  if (!page.firstLinkUnder) return path;
  const prefix = withBase(base, page.firstLinkUnder);
  const { document } = parseHTML(await response.text());
  const link = [...document.querySelectorAll('main a[href]')]
    .map((a) => new URL(a.getAttribute('href') ?? '', origin + path).pathname)
    // A page (not a feed or export file), and not one of the list's own pages or filters.
    .find((href) => href.startsWith(prefix) && href !== prefix && href.endsWith('/') && !isListPage(href.slice(prefix.length)));
  if (!link && !page.optional) throw new Error(`${page.label}: ${path} links to no page under ${prefix}`);
  return link ?? null;
}

/**
 * Lighthouse 12 (mobile defaults, simulated throttling) on the key pages, served with brotli by
 * the project's static server; RUNS runs each, medians judged against BUDGET.
 */
export const lighthouseGate: Gate = {
  name: 'lighthouse',
  summary: `Lighthouse on ${LIGHTHOUSE_PAGES.length} key pages, ${RUNS} runs each: 100 in all four categories, LCP ≤ 1.0 s, ≤ 60 KiB (scripts/dev/gates/budgets.ts)`,
  async run({ dir, base, pages: labels }) {
    const pages = labels ? LIGHTHOUSE_PAGES.filter((page) => labels.includes(page.label)) : LIGHTHOUSE_PAGES;
    if (labels && pages.length !== labels.length) throw new Error(`Unknown page label in --pages: ${labels.join(', ')}`);
    const server = await startStaticServer({ dir, port: 0, base });
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', '--no-sandbox'] });
    const summaries: PageSummary[] = [];
    try {
      // The first run in a fresh Chromium is slower than the rest; it warms up and is not judged.
      await lighthouse(`${origin}${base}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      for (const page of pages) {
        const path = await resolvePage(origin, base, page);
        if (!path) {
          // Pages asked for by name must be measured; only a full run tolerates optional ones.
          if (labels) throw new Error(`${page.label}: ${withBase(base, page.path)} has no such page in this build`);
          console.log(`  ⚠ ${page.label}: ${withBase(base, page.path)} is not built yet; skipped (optional page)`);
          continue;
        }
        const runs: RunResult[] = [];
        for (let i = 1; i <= RUNS; i += 1) {
          if (process.stdout.isTTY) process.stdout.write(`\r  ${page.label} ${path}: run ${i}/${RUNS}\x1b[K`);
          const result = await lighthouse(origin + path, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
          });
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
          const { lhr } = result;
          if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`);
          runs.push({
            scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as RunResult['scores'],
            lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.POSITIVE_INFINITY,
            bytes: lhr.audits['total-byte-weight']?.numericValue ?? Number.POSITIVE_INFINITY,
          });
        }
        const summary = summarise(path, runs);
        summaries.push(summary);
        const m = summary.median;
        process.stdout.write(
          `${process.stdout.isTTY ? '\r' : ''}  ${page.label.padEnd(13)} ${path.padEnd(34)} perf ${m.scores.performance} a11y ${m.scores.accessibility} bp ${m.scores['best-practices']} seo ${m.scores.seo}` +
            `  LCP ${Math.round(m.lcpMs)} ms (runs ${runs.map((r) => Math.round(r.lcpMs)).join('/')})  ${(m.bytes / 1024).toFixed(1)} KiB\n`,
        );
      }
    } finally {
      await chrome.kill();
      await new Promise((done) => server.close(done));
    }
    const verdict = judge(summaries, BUDGET, WAIVERS);
    for (const line of verdict.waived) console.log(`  WAIVED ${line}`);
    for (const waiver of verdict.unneededWaivers) console.log(`  ✓ every page meets the ${waiver.metric} budget: remove its waiver from scripts/dev/gates/budgets.ts`);
    for (const line of verdict.failures) console.log(`  ✗ ${line}`);
    return verdict.failures.length;
  },
};
