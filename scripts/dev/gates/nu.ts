import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { formatNuProblem, nuProblems } from '../../../src/lib/quality/nu-report.ts';
import { builtFiles, type Gate } from './context.ts';

/**
 * The jar the `vnu-jar` package ships, run with the system Java: the package's own launcher
 * would download a JRE when none is found, and installs here come from registries only.
 */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** The W3C Nu HTML Checker over every built page, in one JVM: 0 errors. */
export const nuGate: Gate = {
  name: 'nu',
  summary: 'the W3C Nu HTML Checker (vnu.jar, needs Java) over every built page: 0 errors',
  async run({ dir }) {
    const pages = builtFiles(dir, '**/*.html');
    if (!pages.length) throw new Error(`No HTML pages in ${dir}.`);
    const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...pages.map((p) => join(dir, p))], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.error) {
      const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
      throw new Error(missing ? 'No "java" on PATH: install a Java runtime (Debian: apt-get install default-jre-headless).' : result.error.message);
    }
    // The JSON report goes to stderr; the exit code only says whether there were errors.
    const problems = nuProblems(result.stderr, dir);
    for (const problem of problems) console.log(`  ${formatNuProblem(problem)}`);
    console.log(`  ${pages.length} pages, ${problems.length} errors`);
    return problems.length;
  },
};
