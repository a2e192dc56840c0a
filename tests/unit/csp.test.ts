import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  allowsInline,
  cspHash,
  inlineElements,
  inlineScriptBodies,
  mergePolicies,
  parsePolicy,
  serializePolicy,
  withPolicyFirst,
} from '../../src/lib/security/csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline script hashes from .astro sources', () => {
  it('hashes only is:inline scripts, byte for byte', () => {
    const source = `---\n---\n<script is:inline>\n\twindow.a = 1;\n</script>\n<script>import x from 'y';</script>\n<script is:inline aria-hidden="true">b()</script>`;
    const { bodies, unhashable } = inlineScriptBodies(source);
    expect(bodies).toEqual(['\n\twindow.a = 1;\n', 'b()']);
    expect(unhashable).toBe(0);
    expect(cspHash(bodies[0]!)).toBe(sha('\n\twindow.a = 1;\n'));
  });

  it('reports define:vars scripts, whose emitted body differs from the source', () => {
    expect(inlineScriptBodies('<script is:inline define:vars={{ a }}>use(a)</script>')).toEqual({ bodies: [], unhashable: 1 });
  });
});

describe('inline elements of a built page', () => {
  it('finds executable inline scripts and styles, not external scripts or data blocks', () => {
    const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><style>p{}</style>`;
    expect(inlineElements(html)).toEqual({ scripts: ['a()', 'b()'], styles: ['p{}'] });
  });
});

describe('policies', () => {
  const policy = parsePolicy(`default-src 'self'; script-src 'self' ${sha('a()')}; style-src 'self'; style-src-attr 'unsafe-inline'`);

  it('allow an inline script only by its hash', () => {
    expect(allowsInline(policy, 'script', 'a()')).toBe(true);
    expect(allowsInline(policy, 'script', 'a() ')).toBe(false);
    expect(allowsInline(policy, 'style', 'p{}')).toBe(false);
  });

  it("ignore 'unsafe-inline' when a hash is present, as browsers do", () => {
    expect(allowsInline(parsePolicy(`script-src 'unsafe-inline' ${sha('a()')}`), 'script', 'b()')).toBe(false);
    expect(allowsInline(parsePolicy(`script-src 'unsafe-inline'`), 'script', 'b()')).toBe(true);
  });

  it('fall back from script-src to default-src', () => {
    expect(allowsInline(parsePolicy(`default-src ${sha('c()')}`), 'script', 'c()')).toBe(true);
  });

  it('merge directive by directive and serialise back', () => {
    const merged = mergePolicies([parsePolicy("script-src 'self' 'sha256-a'"), parsePolicy("script-src 'sha256-b'; img-src data:")]);
    expect(serializePolicy(merged)).toBe("script-src 'self' 'sha256-a' 'sha256-b'; img-src data:");
  });
});

describe('inline elements as a browser finds them', () => {
  it('does not count a <script> written in an attribute value, a comment or a title', () => {
    const html = [
      '<title>&lt;/title&gt;</title>',
      '<meta content="</title><script>alert(1)</script>">',
      `<a href='data:text/html,<script>alert(2)</script>'>x</a>`,
      '<!-- <script>alert(3)</script> --><!-- x --!><script>real()</script>',
      '<textarea><script>alert(4)</script></textarea>',
      '<style>p{}</style><script type="module">m()</script >',
    ].join('');
    expect(inlineElements(html)).toEqual({ scripts: ['real()', 'm()'], styles: ['p{}'] });
  });
});

describe('the policy <meta> moved to the top of <head>', () => {
  const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
  it('goes right after <meta charset>, once, and moving it again changes nothing', () => {
    const moved = withPolicyFirst(`<head><meta charset="utf-8"><script>theme()</script>${policy}</head>`);
    expect(moved).toBe(`<head><meta charset="utf-8">${policy}<script>theme()</script></head>`);
    expect(withPolicyFirst(moved!)).toBe(moved);
  });

  it('is undefined for a page without a policy or without a charset', () => {
    expect(withPolicyFirst('<head><meta charset="utf-8"></head>')).toBeUndefined();
    expect(withPolicyFirst(`<head>${policy}</head>`)).toBeUndefined();
  });
});
