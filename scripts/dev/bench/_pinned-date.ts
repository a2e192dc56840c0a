import { resolveBuildDate } from '../../../src/lib/build-date.ts';

/**
 * The one "today" of every benchmark, so the same content builds the same way on any date: the
 * generator dates stories up to it, and the check and the build (which refuse stories dated
 * after today) run as of it.
 */
export const BENCH_DATE = '2026-11-25';
export const BENCH_TODAY = resolveBuildDate({ BUILD_DATE: BENCH_DATE });

/** The environment for every process a benchmark starts: BUILD_DATE pinned to BENCH_DATE. */
export function benchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra, BUILD_DATE: BENCH_DATE };
}
