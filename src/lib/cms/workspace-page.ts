/**
 * The workspace page (`/quan-tri/index.html`) and its Content-Security-Policy. The page only
 * loads the self-hosted CMS bundle, which reads `config.yml` beside it. The policy is the site's
 * strictest that Sveltia CMS still runs under; each relaxation is explained in docs/editors.md
 * (“Security policy of /quan-tri/”) and tests/browser/workspace.test.ts fails on any violation.
 */
import { ui } from '../i18n/ui.ts';
import { serializePolicy, type Policy } from '../security/csp.ts';

/** The Git host's API: the one origin besides ours the workspace talks to. */
export const GIT_HOST_API = 'https://api.github.com';

/**
 * What Sveltia CMS asks for from other origins that the policy refuses, with what is lost: the
 * browser blocks it before any request leaves, and the CMS carries on.
 */
export const KNOWN_BLOCKED: ReadonlyArray<{ url: string; why: string }> = [
  { url: 'https://www.githubstatus.com/', why: 'GitHub’s status page, checked at sign-in to warn of an outage: not shown' },
];

const WORKSPACE_POLICY: Policy = new Map([
  ['default-src', ["'none'"]],
  ['script-src', ["'self'"]],
  // Svelte adds its components' styles and style attributes at run time.
  ['style-src', ["'self'", "'unsafe-inline'"]],
  // Pictures picked from the computer and fetched from the repository are shown as blob: URLs.
  ['img-src', ["'self'", 'blob:', 'data:']],
  ['font-src', ["'self'"]],
  // blob: and data: are the CMS reading pictures it holds in memory (the logo is a data: URL).
  ['connect-src', ["'self'", 'blob:', 'data:', GIT_HOST_API]],
  // Pictures are reduced to WebP in a worker before upload.
  ['worker-src', ["'self'", 'blob:']],
  ['media-src', ["'self'", 'blob:']],
  ['manifest-src', ["'self'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['object-src', ["'none'"]],
]);

export const workspacePolicy = (): string => serializePolicy(WORKSPACE_POLICY);

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page: the policy first, noindex, and its scripts in order (file names beside the page). */
export function workspacePage(scripts: readonly string[]): string {
  const text = ui.workspace;
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${escapeAttribute(workspacePolicy())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="description" content="${escapeAttribute(text.description)}">
<title>${text.title}</title>
</head>
<body>
<noscript>${text.noScript}</noscript>
${scripts.map((src) => `<script src="${escapeAttribute(src)}"></script>`).join('\n')}
</body>
</html>
`;
}
