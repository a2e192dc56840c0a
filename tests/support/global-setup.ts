import { spawnSync } from 'node:child_process';
import { NODE, ROOT, SITE_DIR, TEST_BUILD_DATE } from './paths.ts';

/** Builds the real site once, exactly as `npm run build` does (which replaces the previous one). */
export default function setup() {
  const result = spawnSync(NODE, ['scripts/build.ts', '--out', SITE_DIR], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });
  if (result.status !== 0) {
    throw new Error(`Building the site for tests failed:\n${result.stdout}\n${result.stderr}`);
  }
}
