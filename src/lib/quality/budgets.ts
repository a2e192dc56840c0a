/**
 * Lighthouse budgets and how a page's runs are judged against them. Pure: the runner
 * (scripts/dev/gates/lighthouse.ts) measures, this decides.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface RunResult {
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Largest Contentful Paint, simulated (Lighthouse mobile defaults), in ms. */
  lcpMs: number;
  /** Bytes transferred (compressed) during the load, before any interaction. */
  bytes: number;
}

export interface Budget {
  minScore: number;
  maxLcpMs: number;
  maxBytes: number;
}

export type Metric = Category | 'lcp' | 'bytes';

/**
 * A budget that is known to be missed for a reason outside this code, with the interim limit
 * the gate still enforces. Each waiver names what removes it; the gate says when it can go.
 */
export interface Waiver {
  metric: Metric;
  /** Interim limit: a score floor for categories, a ceiling in ms or bytes otherwise. */
  limit: number;
  reason: string;
}

export interface PageSummary {
  path: string;
  runs: RunResult[];
  median: RunResult;
}

export interface Verdict {
  failures: string[];
  waived: string[];
  /** Waivers whose real budget every page met: they can be removed. */
  unneededWaivers: Waiver[];
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of each metric over a page's runs (Lighthouse varies run to run). */
export function summarise(path: string, runs: RunResult[]): PageSummary {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number>;
  return {
    path,
    runs,
    median: { scores, lcpMs: median(runs.map((r) => r.lcpMs)), bytes: median(runs.map((r) => r.bytes)) },
  };
}

function check(metric: Metric, value: number, budget: Budget): { ok: boolean; budgetText: string; valueText: string } {
  if (metric === 'lcp') return { ok: value <= budget.maxLcpMs, budgetText: `≤ ${budget.maxLcpMs} ms`, valueText: `${Math.round(value)} ms` };
  if (metric === 'bytes') return { ok: value <= budget.maxBytes, budgetText: `≤ ${(budget.maxBytes / 1024).toFixed(0)} KiB`, valueText: `${(value / 1024).toFixed(1)} KiB` };
  return { ok: value >= budget.minScore, budgetText: `≥ ${budget.minScore}`, valueText: String(value) };
}

function valueOf(summary: RunResult, metric: Metric): number {
  if (metric === 'lcp') return summary.lcpMs;
  if (metric === 'bytes') return summary.bytes;
  return summary.scores[metric];
}

export function judge(pages: PageSummary[], budget: Budget, waivers: Waiver[] = []): Verdict {
  const failures: string[] = [];
  const waived: string[] = [];
  const metrics: Metric[] = [...CATEGORIES, 'lcp', 'bytes'];
  const stillNeeded = new Set<Waiver>();
  for (const page of pages) {
    for (const metric of metrics) {
      const value = valueOf(page.median, metric);
      const result = check(metric, value, budget);
      if (result.ok) continue;
      const waiver = waivers.find((w) => w.metric === metric);
      const line = `${page.path}: ${metric} ${result.valueText}, budget ${result.budgetText}`;
      if (!waiver) {
        failures.push(line);
        continue;
      }
      stillNeeded.add(waiver);
      const interim = check(metric, value, { minScore: waiver.limit, maxLcpMs: waiver.limit, maxBytes: waiver.limit });
      if (interim.ok) waived.push(`${line} (waived to ${interim.budgetText}: ${waiver.reason})`);
      else failures.push(`${line}, and over the interim limit ${interim.budgetText} of its waiver`);
    }
  }
  return { failures, waived, unneededWaivers: waivers.filter((w) => !stillNeeded.has(w)) };
}
