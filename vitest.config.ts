import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests need their own build and server: `npm run test:browser`.
    exclude: ['tests/browser/**', '**/node_modules/**'],
    // Builds the real site once (tests/support/build-site.ts) for the tests that read its HTML.
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
