import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowsInline, inlineElements, parsePolicy } from '../../src/lib/security/csp.ts';
import { headersForPath, parseHeadersFile } from '../../src/lib/security/headers-file.ts';
import { allPages } from '../support/html.ts';
import { SITE_DIR } from '../support/paths.ts';

const pages = allPages();

describe('the Content-Security-Policy of every page', () => {
  it.each(pages.map((p) => [p.path, p.document] as const))('%s has a policy before any script, allowing each inline script by hash', (path, document) => {
    const head = document.head;
    const meta = head.querySelector('meta[http-equiv="content-security-policy"]');
    expect(meta).not.toBeNull();
    // A <meta> policy governs only what follows it.
    expect(head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(head.children[1]).toBe(meta);
    const policy = parsePolicy(meta!.getAttribute('content')!);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.has('frame-ancestors')).toBe(false);
    const html = readFileSync(join(SITE_DIR, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
    const { scripts } = inlineElements(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const body of scripts) expect(allowsInline(policy, 'script', body)).toBe(true);
  });
});

describe('_headers', () => {
  const rules = parseHeadersFile(readFileSync(join(SITE_DIR, '_headers'), 'utf8'));

  it('sends the pages’ policy plus frame-ancestors and the other security headers', () => {
    const headers = headersForPath(rules, '/huong-dan/');
    const meta = pages.find((p) => p.path === '/huong-dan/')!.document.querySelector('meta[http-equiv="content-security-policy"]')!;
    const header = parsePolicy(headers['Content-Security-Policy']!);
    for (const [name, sources] of parsePolicy(meta.getAttribute('content')!)) expect(header.get(name)).toEqual(sources);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeDefined();
    expect(headers['Permissions-Policy']).toBeDefined();
  });

  it('never lets the service worker be cached by the browser', () => {
    expect(headersForPath(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
  });
});

describe('the service worker', () => {
  const sw = readFileSync(join(SITE_DIR, 'sw.js'), 'utf8');
  const entries = JSON.parse(/const PRECACHE = (.*);/.exec(sw)![1]!) as Array<[string, string]>;
  const precache = entries.map(([url]) => url);

  it('names each precached file with a revision of its bytes', () => {
    for (const [url, revision] of entries) {
      const file = join(SITE_DIR, url.endsWith('/') ? `${url}index.html` : url);
      expect(revision, url).toBe(createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16));
    }
  });

  it('precaches files that exist, including the reference pages, the offline page and the search index', () => {
    for (const url of precache) {
      const file = join(SITE_DIR, url.endsWith('/') ? `${url}index.html` : url);
      expect(() => readFileSync(file), url).not.toThrow();
    }
    expect(precache).toEqual(
      expect.arrayContaining(['/', '/huong-dan/', '/giai-doan/', '/noi-dung-thi-dua/', '/van-ban/', '/trach-nhiem/', '/ngoai-tuyen/', '/pagefind/pagefind.js', '/manifest.webmanifest']),
    );
    expect(precache.some((url) => url.startsWith('/pagefind/fragment/'))).toBe(true);
  });

  it('is registered by every page after load, which links the web app manifest only then', () => {
    for (const { document } of pages) {
      const scripts = [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? '');
      expect(scripts.some((text) => text.includes("addEventListener('load'") && text.includes('"/sw.js"'))).toBe(true);
      // The manifest is linked by the same script once the page has loaded, not in the markup,
      // where Chromium fetched it and its icon before the largest paint.
      expect(scripts.some((text) => text.includes("addEventListener('load'") && text.includes(`m.href="/manifest.webmanifest"`))).toBe(true);
      expect(document.querySelector('link[rel="manifest"]')).toBeNull();
    }
  });

  it('has a Vietnamese offline page kept out of search', () => {
    const offline = pages.find((p) => p.path === '/ngoai-tuyen/')!.document;
    expect(offline.querySelector('h1')?.textContent).toBe('Không có kết nối mạng');
    expect(offline.querySelector('[data-pagefind-body]')).toBeNull();
  });
});
