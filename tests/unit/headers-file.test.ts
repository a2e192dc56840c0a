import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile, renderHeadersFile, toApache, toNginx } from '../../src/lib/security/headers-file.ts';

describe('_headers files', () => {
  const text = renderHeadersFile([
    { pattern: '/thi-dua/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' } },
    { pattern: '/thi-dua/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  ]);

  it('round-trip through render and parse', () => {
    expect(parseHeadersFile(text)).toEqual([
      { pattern: '/thi-dua/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' } },
      { pattern: '/thi-dua/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    ]);
  });

  it('apply every matching rule, later ones winning', () => {
    const rules = parseHeadersFile(text);
    expect(headersForPath(rules, '/thi-dua/_astro/a.css')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=31536000, immutable' });
    expect(headersForPath(rules, '/thi-dua/')['Cache-Control']).toBe('no-cache');
    expect(headersForPath(rules, '/khac/')).toEqual({});
  });

  it('reject a header line outside any path, naming the line', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/line 1/);
  });
});

describe('server configuration exported from _headers', () => {
  const rules = parseHeadersFile(
    "/thi-dua/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame-Options: DENY\n\n/thi-dua/sw.js\n  Cache-Control: no-cache\n",
  );

  it('gives nginx one location per rule, each repeating the inherited headers', () => {
    const nginx = toNginx(rules);
    expect(nginx).toContain('location ^~ /thi-dua/ {');
    expect(nginx).toContain('location = /thi-dua/sw.js {');
    const swBlock = nginx.slice(nginx.indexOf('location = /thi-dua/sw.js'));
    expect(swBlock).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(swBlock).toContain('add_header Cache-Control "no-cache" always;');
    expect(swBlock).toContain('try_files $uri $uri/ =404;');
  });

  it('gives nginx a content type as the type of the location, not as a second Content-Type header', () => {
    const nginx = toNginx(parseHeadersFile('/lich/*\n  Content-Type: text/calendar; charset=utf-8\n'));
    expect(nginx).toContain('types { } default_type "text/calendar; charset=utf-8";');
    expect(nginx).not.toContain('add_header Content-Type');
  });

  it('gives Apache mod_headers sections matching the same paths', () => {
    const apache = toApache(rules);
    expect(apache).toContain('<If "%{REQUEST_URI} =~ m#^/thi-dua/.*$#">');
    expect(apache).toContain('<If "%{REQUEST_URI} =~ m#^/thi-dua/sw\\.js$#">');
    expect(apache).toContain(`Header always set Content-Security-Policy "default-src 'self'"`);
  });
});
