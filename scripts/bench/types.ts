/** One benchmark: `npm run bench` runs the default ones and records each under its heading. */
export interface BenchModule {
  /** Name used on the command line (`npm run bench -- check-stories`). */
  name: string;
  /** Section heading in docs/benchmarks.md that this benchmark owns. */
  heading: string;
  /** One line for `--help`. */
  description: string;
  /** Slow ones run only when named. */
  runByDefault: boolean;
  /** Runs the benchmark, printing progress to stderr; returns the Markdown of its section body. */
  run: (options: { repo: string; log: (line: string) => void }) => Promise<string>;
}
