#!/usr/bin/env node
/** Serves the built site (dist/) compressed, as a static host would. */
import { existsSync } from 'node:fs';
import { normalizeBase } from '../src/lib/base-path.ts';
import { headersFromFile, startStaticServer } from './lib/static-server.ts';
import { parseCli } from './lib/cli.ts';

const HELP = `Usage: npm run serve [-- options]

Serves the built site with brotli/gzip, directory indexes, the site's 404 page and the
headers of its _headers file (Content-Security-Policy and other security headers).
Run "npm run build" first (npm start does both).

Options:
  --dir DIR      folder to serve (default: dist)
  --port N       port (default: 4321)
  --host HOST    address to listen on (default: 127.0.0.1; use 0.0.0.0 to share on a network)
  -h, --help     show this help

Environment: BASE_PATH, the sub-path the site was built for (default /).`;

const args = parseCli(HELP, {
  dir: { type: 'string', default: 'dist' },
  port: { type: 'string', default: '4321' },
  host: { type: 'string', default: '127.0.0.1' },
});
if (!existsSync(args.dir)) {
  console.error(`Không thấy thư mục ${args.dir}/. Hãy chạy “npm run build” trước.`);
  process.exit(1);
}
const base = normalizeBase(process.env.BASE_PATH);
try {
  await startStaticServer({ dir: args.dir, port: Number(args.port), host: args.host, base, headers: headersFromFile(args.dir) });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Cổng ${args.port} đang được một chương trình khác dùng. Hãy tắt chương trình đó, hoặc chạy “npm run serve -- --port 4322”.`);
    process.exit(1);
  }
  throw error;
}
console.log(`Trang đang chạy tại http://localhost:${args.port}${base}  (Ctrl+C để dừng)`);
