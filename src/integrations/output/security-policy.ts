/**
 * Finishes the Content-Security-Policy of a built site. Astro's `security.csp` writes a
 * `<meta>` policy with hashes of the scripts and styles it bundled, plus the hashes of the
 * inline scripts listed in astro.config.mjs. This step:
 * - fails the build if any inline script or style is not allowed by its page's policy (for
 *   example a `<script>` pasted into Markdown content), naming every file at once;
 * - moves the `<meta>` policy to the top of `<head>`, because a meta policy only governs what
 *   comes after it and Starlight's theme script comes first (src/middleware.ts already moves it
 *   as each page renders, so Astro's pages need no second write; this catches any other page);
 * - writes `_headers` with the same policy plus what only works as a header (frame-ancestors)
 *   and the other security headers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeBase } from '../../lib/base-path.ts';
import { CALENDAR_FOLDER } from '../../lib/calendar/paths.ts';
import {
  allowsInline,
  inlineElements,
  mergePolicies,
  parsePolicy,
  POLICY_META,
  serializePolicy,
  withPolicyFirst,
  type Policy,
} from '../../lib/security/csp.ts';
import { HEADER_ONLY_DIRECTIVES, renderHeadersFile, SECURITY_HEADERS } from '../../lib/security/headers-file.ts';
import { workspacePolicy } from '../../lib/cms/workspace-page.ts';
import { SITE_MAP } from '../../lib/site-map.ts';
import type { PageStep } from './page-pass.ts';

/** The security policy as a step of the pass over the pages (./page-pass.ts). */
export function securityPolicyStep(outDir: string, base: string): PageStep<{ policy: string }> {
  const problems: string[] = [];
  const policies: Policy[] = [];
  return {
    page(file, html) {
      const meta = POLICY_META.exec(html);
      if (!meta) {
        problems.push(`${file}: no <meta http-equiv="content-security-policy"> (is security.csp on in astro.config.mjs?)`);
        return undefined;
      }
      const policy = parsePolicy(decodeEntities(meta[1] ?? ''));
      policies.push(policy);
      const { scripts, styles } = inlineElements(html);
      for (const body of scripts) {
        if (!allowsInline(policy, 'script', body)) problems.push(`${file}: inline <script> not allowed by the policy: ${preview(body)}`);
      }
      for (const body of styles) {
        if (!allowsInline(policy, 'style', body)) problems.push(`${file}: inline <style> not allowed by the policy: ${preview(body)}`);
      }
      const moved = withPolicyFirst(html);
      if (moved === undefined) problems.push(`${file}: no <meta charset="utf-8"> to put the policy after`);
      return moved;
    },
    finish() {
      if (problems.length > 0) {
        throw new Error(
          `Content-Security-Policy: ${problems.length} problem(s). Inline scripts belong in components ` +
            `(their hashes are collected in astro.config.mjs), never in content files.\n  ${problems.join('\n  ')}`,
        );
      }
      const policy = `${serializePolicy(mergePolicies(policies))}; ${HEADER_ONLY_DIRECTIVES}`;
      const prefix = normalizeBase(base);
      writeFileSync(
        join(outDir, '_headers'),
        renderHeadersFile([
          { pattern: `${prefix}*`, headers: { 'Content-Security-Policy': policy, ...SECURITY_HEADERS } },
          // Hashed file names never change content.
          { pattern: `${prefix}_astro/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
          // The browser must see a new service worker as soon as it is deployed.
          { pattern: `${prefix}sw.js`, headers: { 'Cache-Control': 'no-cache' } },
          // Calendar files (src/lib/calendar/paths.ts), whatever type the host guesses for `.ics`.
          { pattern: `${prefix}${CALENDAR_FOLDER}*`, headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
          // The editors' workspace has its own policy (src/lib/cms/workspace-page.ts, docs/editors.md),
          // replacing the site's for its files; never indexed, always revalidated.
          {
            pattern: `${prefix}${SITE_MAP.workspace.path}*`,
            headers: {
              'Content-Security-Policy': `${workspacePolicy()}; ${HEADER_ONLY_DIRECTIVES}`,
              'X-Robots-Tag': 'noindex, nofollow',
              'Cache-Control': 'no-cache',
            },
          },
        ]),
      );
      return { policy };
    },
  };
}

function decodeEntities(text: string): string {
  return text.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function preview(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return `"${text.length > 70 ? `${text.slice(0, 70)}…` : text}"`;
}
