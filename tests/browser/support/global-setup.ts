import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { headersFromFile, startStaticServer } from '../../../scripts/lib/static-server.ts';
import { NODE, ROOT, TEST_BUILD_DATE } from '../../support/paths.ts';
import { BROWSER_SITE_DIR } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const build = spawnSync(NODE, ['scripts/build.ts', '--out', BROWSER_SITE_DIR], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
  });
  if (build.status !== 0) throw new Error(`Building the site for browser tests failed:\n${build.stdout}\n${build.stderr}`);
  // Served with the build's own _headers, so tests run under the real security policy.
  const server = await startStaticServer({ dir: BROWSER_SITE_DIR, port: 0, headers: headersFromFile(BROWSER_SITE_DIR) });
  const { port } = server.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((done) => server.close(() => done()));
}
