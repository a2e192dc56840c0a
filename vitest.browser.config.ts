import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the real site is built, served compressed on a local port and driven with
 * Debian's Chromium (/usr/bin/chromium) through playwright-core, which never downloads a browser.
 */
export default defineConfig({
  test: {
    // tests/system: tests that need other Debian packages .ci/run installs (Java for the Nu checker).
    include: ['tests/browser/**/*.test.ts', 'tests/system/**/*.test.ts'],
    globalSetup: ['tests/browser/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // One Chromium at a time: CI machines have two cores.
    fileParallelism: false,
  },
});
