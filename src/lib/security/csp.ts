/**
 * Content-Security-Policy helpers shared by the Astro config (which hashes the inline scripts
 * Astro cannot see) and the build's security-policy step (which checks and publishes the final
 * policy).
 * Pure string work, no file access, so it is unit-tested without a build.
 */
import { createHash } from 'node:crypto';
import { rawTextElements } from '../html/raw-text-elements.ts';

/** A policy as an ordered map of directive name to its source list. */
export type Policy = Map<string, string[]>;

/** The CSP source expression for a script or style body (`'sha256-…'`). */
export function cspHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * Bodies of `<script is:inline>` elements in an .astro source. Astro emits these bodies byte
 * for byte, so their hashes are known before the build. Scripts using `define:vars` get a
 * generated prefix and cannot be hashed from source: they are reported instead.
 */
export function inlineScriptBodies(astroSource: string): { bodies: string[]; unhashable: number } {
  const bodies: string[] = [];
  let unhashable = 0;
  for (const match of astroSource.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (!/\bis:inline\b/.test(attributes)) continue;
    if (/\bdefine:vars\b/.test(attributes)) unhashable++;
    else bodies.push(match[2] ?? '');
  }
  return { bodies, unhashable };
}

/**
 * Inline `<script>` (without src, excluding JSON data blocks) and `<style>` bodies of an HTML
 * page, found as a browser finds them (src/lib/html/raw-text-elements.ts): a `<script>` inside
 * an attribute value or a comment is text, not an element.
 */
export function inlineElements(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const { name, attributes, body } of rawTextElements(html)) {
    if (name === 'style') {
      styles.push(body);
      continue;
    }
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    // Data blocks (JSON-LD, import maps are not data) are never executed, so CSP ignores them.
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(` ${attributes}`)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !/javascript|ecmascript/.test(type)) continue;
    scripts.push(body);
  }
  return { scripts, styles };
}

/** The `<meta>` policy Astro writes in every page; group 1 is its content, entities as written. */
export const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const CHARSET_META = /<meta charset="utf-8"\s*\/?>/i;

/**
 * The page with its `<meta>` policy moved right after `<meta charset>`, because a meta policy
 * only governs what comes after it and Starlight's theme script comes first. Undefined when the
 * page has no policy or no charset to put it after.
 */
export function withPolicyFirst(html: string): string | undefined {
  const meta = POLICY_META.exec(html);
  if (!meta) return undefined;
  const without = html.replace(POLICY_META, '');
  if (!CHARSET_META.test(without)) return undefined;
  return without.replace(CHARSET_META, (charset) => `${charset}${meta[0]}`);
}

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    policy.set(key, [...new Set([...(policy.get(key) ?? []), ...sources])]);
  }
  return policy;
}

export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Union of several policies, directive by directive, keeping first-seen order. */
export function mergePolicies(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  return merged;
}

/** The sources that govern an inline element of this kind, following CSP's fallback chain. */
export function effectiveSources(policy: Policy, kind: 'script' | 'style'): string[] {
  for (const name of [`${kind}-src-elem`, `${kind}-src`, 'default-src']) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return [];
}

/** True if the policy lets this inline body run (by hash or by 'unsafe-inline' without hashes). */
export function allowsInline(policy: Policy, kind: 'script' | 'style', body: string): boolean {
  const sources = effectiveSources(policy, kind);
  if (sources.includes(cspHash(body))) return true;
  const hasHashOrNonce = sources.some((source) => /^'(sha(256|384|512)|nonce)-/.test(source));
  return !hasHashOrNonce && sources.includes("'unsafe-inline'");
}
