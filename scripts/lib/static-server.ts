import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../../src/lib/security/headers-file.ts';
import { normalizeBase } from '../../src/lib/base-path.ts';
import { DOCX_CONTENT_TYPE } from '../../src/lib/guidance-document/paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.docx': DOCX_CONTENT_TYPE,
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.ics', '.svg', '.webmanifest']);

const brotli = (data: Buffer) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/**
 * The bytes of a file's body as this server sends it to a browser: brotli for text, as stored
 * otherwise (Pagefind's files and pictures are compressed already). `path` is the file or URL
 * path; a directory URL ("/huong-dan/") means its index.html.
 */
export function servedSize(path: string, data: Buffer): number {
  const ext = path.endsWith('/') ? '.html' : extname(path);
  return COMPRESSIBLE.has(ext) ? brotli(data).length : data.length;
}

export interface StaticServerOptions {
  dir: string;
  port: number;
  host?: string;
  /** URL prefix the site is built for ("/" or "/sub/path/"). */
  base?: string;
  /**
   * Extra headers: the same on every response, or chosen per URL path (see
   * `headersFromFile`, which sends what the build's _headers file asks for).
   */
  headers?: Record<string, string> | ((urlPath: string) => Record<string, string>);
}

/** Per-path headers from a built site's `_headers` file, or none when it has none. */
export function headersFromFile(dir: string): (urlPath: string) => Record<string, string> {
  const file = join(dir, '_headers');
  const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  return (urlPath) => headersForPath(rules, urlPath);
}

/**
 * Serves a built site like a real static host: directory indexes, trailing-slash redirects,
 * the site's 404 page, and brotli or gzip for text, so measurements see production bytes.
 */
export function startStaticServer(options: StaticServerOptions): Promise<Server> {
  const root = resolve(options.dir);
  const base = normalizeBase(options.base);
  const cache = new Map<string, { br: Buffer; gzip: Buffer; raw: Buffer; version: string }>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const extra = typeof options.headers === 'function' ? options.headers(url.pathname) : (options.headers ?? {});
    for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) return redirect(res, base + url.search);
      return send404();
    }
    pathname = `/${pathname.slice(base.length)}`;
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) return send404();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return send404();
    return sendFile(file, 200);

    function send404() {
      const page = join(root, '404.html');
      if (existsSync(page)) return sendFile(page, 404);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy');
    }

    function sendFile(path: string, status: number) {
      const ext = extname(path);
      const type = TYPES[ext] ?? 'application/octet-stream';
      const accept = String(req.headers['accept-encoding'] ?? '');
      res.setHeader('content-type', type);
      if (!res.hasHeader('cache-control')) {
        res.setHeader('cache-control', path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      }
      if (COMPRESSIBLE.has(ext) && /\b(br|gzip)\b/.test(accept)) {
        // Files can change under a running server (tests deploy a new version in place).
        const stat = statSync(path);
        const version = `${stat.mtimeMs}:${stat.size}`;
        let entry = cache.get(path);
        if (!entry || entry.version !== version) {
          const raw = readFileSync(path);
          entry = {
            raw,
            version,
            br: brotli(raw),
            gzip: gzipSync(raw, { level: 9 }),
          };
          cache.set(path, entry);
        }
        const useBr = /\bbr\b/.test(accept);
        res.setHeader('content-encoding', useBr ? 'br' : 'gzip');
        res.setHeader('vary', 'accept-encoding');
        res.writeHead(status).end(req.method === 'HEAD' ? undefined : useBr ? entry.br : entry.gzip);
        return;
      }
      res.writeHead(status);
      if (req.method === 'HEAD') return res.end();
      createReadStream(path).pipe(res);
    }
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolvePromise(server));
  });
}

function redirect(res: import('node:http').ServerResponse, location: string) {
  res.writeHead(301, { location }).end();
}
