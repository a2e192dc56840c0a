import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The site built once per test run, with a pinned date. */
export const SITE_DIR = fileURLToPath(new URL('../.tmp/site/', import.meta.url));
export const TEST_BUILD_DATE = '2026-11-25';
export const NODE = process.execPath;
