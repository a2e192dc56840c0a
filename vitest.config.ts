import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser suites need Chromium and have their own config (npm run test:browser).
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
    // Builds the real site once (tests/support/global-setup.ts) for the tests that read its HTML.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
