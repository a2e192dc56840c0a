import { fileURLToPath } from 'node:url';

export const BROWSER_SITE_DIR = fileURLToPath(new URL('../../.tmp/browser-site/', import.meta.url));
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
