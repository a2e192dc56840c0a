import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Suites that need Chromium or Java have their own config (npm run test:browser), so
    // npm test runs with nothing but Node and npm.
    exclude: [...configDefaults.exclude, 'tests/browser/**', 'tests/system/**'],
    // Builds the real site once (tests/support/global-setup.ts) for the tests that read its HTML.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
