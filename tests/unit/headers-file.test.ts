import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile, renderHeadersFile } from '../../src/lib/security/headers-file.ts';

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
