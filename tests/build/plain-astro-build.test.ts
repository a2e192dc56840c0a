import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { productionBuildEnv } from '../../scripts/lib/astro-build.ts';
import { fileTree } from '../support/file-tree.ts';
import { NODE, TEST_BUILD_DATE } from '../support/paths.ts';
import { copyStories, FIXTURES, projectCopy } from '../support/projects.ts';

/**
 * A static host's Astro preset runs plain `astro build`: it must publish exactly what
 * `npm run build` publishes (search index, security policy, _headers, sitemap, sw.js), byte for
 * byte. Stories with pictures are included so image processing is compared too.
 */
describe('plain `astro build` produces the same site as `npm run build`', () => {
  let project: string;
  beforeAll(() => {
    project = projectCopy('plain-astro');
    copyStories(join(FIXTURES, 'valid'), project);
  });

  it('same files, same bytes', () => {
    // As a host runs it: its own environment (no Vitest variables, no NODE_ENV), default outDir.
    const { NODE_ENV: _nodeEnv, ...hostEnv } = productionBuildEnv();
    const plain = spawnSync(NODE, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...hostEnv, BUILD_DATE: TEST_BUILD_DATE },
    });
    expect(plain.status, plain.stdout + plain.stderr).toBe(0);
    const npm = spawnSync(NODE, ['scripts/build.ts', '--out', 'dist-npm'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, BUILD_DATE: TEST_BUILD_DATE },
    });
    expect(npm.status, npm.stdout + npm.stderr).toBe(0);

    const fromPlain = fileTree(join(project, 'dist'));
    const fromNpm = fileTree(join(project, 'dist-npm'));
    expect(Object.keys(fromPlain).sort()).toEqual(Object.keys(fromNpm).sort());
    expect(fromPlain).toEqual(fromNpm);
    // Not two equally incomplete builds: the deployment steps ran.
    for (const file of ['sw.js', '_headers', 'pagefind/pagefind.js']) expect(fromPlain[file], file).toBeDefined();
  });

  it('refuses an integration listed after the deployment steps, which would write after sw.js hashed the output', () => {
    const config = join(project, 'astro.config.mjs');
    const original = readFileSync(config, 'utf8');
    expect(original).toContain('    deployableSite(),\n');
    writeFileSync(config, original.replace('    deployableSite(),\n', "    deployableSite(),\n    { name: 'writes-late', hooks: {} },\n"));
    try {
      const result = spawnSync(NODE, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: project,
        encoding: 'utf8',
        env: { ...productionBuildEnv(), BUILD_DATE: TEST_BUILD_DATE, ASTRO_OUT_DIR: join(project, 'dist-late') },
      });
      expect(result.status).not.toBe(0);
      expect(result.stdout + result.stderr).toContain('deployable-site must be the last integration in astro.config.mjs');
      expect(result.stdout + result.stderr).toContain('followed by: writes-late');
    } finally {
      writeFileSync(config, original);
    }
  });
});
