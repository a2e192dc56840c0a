#!/usr/bin/env node
/** Prints the built site's _headers as nginx or Apache configuration. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeadersFile, toApache, toNginx } from '../src/lib/security/headers-file.ts';
import { parseCli } from './lib/cli.ts';

const HELP = `Usage: npm run headers -- --format nginx|apache [--dir dist]

Prints the security headers of the last build (its _headers file: Content-Security-Policy with
this build's script hashes, frame-ancestors, X-Content-Type-Options, Referrer-Policy,
Permissions-Policy, caching of _astro/ and sw.js) as server configuration:

  nginx    location blocks to include inside the site's server { } block
  apache   mod_headers directives for the virtual host or an .htaccess file

The hashes change when Starlight or our inline scripts change, so regenerate the snippet with
every deploy (see docs/deploy.md).

Options:
  --format F     nginx or apache (required)
  --dir DIR      the built site (default: dist)
  -h, --help     show this help`;

const args = parseCli(HELP, {
  format: { type: 'string' },
  dir: { type: 'string', default: 'dist' },
});
if (args.format !== 'nginx' && args.format !== 'apache') {
  console.error('Hãy chọn --format nginx hoặc --format apache (xem --help).');
  process.exit(1);
}
const file = join(args.dir, '_headers');
if (!existsSync(file)) {
  console.error(`Không thấy ${file}. Hãy chạy “npm run build” trước.`);
  process.exit(1);
}
const rules = parseHeadersFile(readFileSync(file, 'utf8'));
process.stdout.write(args.format === 'nginx' ? toNginx(rules) : toApache(rules));
