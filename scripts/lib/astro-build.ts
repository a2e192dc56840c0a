/** Runs `astro build` for scripts/build.ts. */
import { spawnSync } from 'node:child_process';

/**
 * The environment of a production build. Vitest exports Vite's import.meta.env values
 * (BASE_URL=/, MODE=test, DEV, PROD, SSR) and NODE_ENV=test into process.env; Astro would take
 * them over its own config (links without the base, Starlight's dev-only search notice).
 */
export function productionBuildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { BASE_URL: _baseUrl, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...clean } = env;
  return { ...clean, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
}

/** Runs `astro build` into `outDir`; returns whether it succeeded. */
export function runAstroBuild(outDir: string): boolean {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...productionBuildEnv(), ASTRO_OUT_DIR: outDir },
    stdio: 'inherit',
  });
  return result.status === 0;
}
