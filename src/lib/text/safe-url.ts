/**
 * The one allow-list for addresses that come from a story: the frontmatter's URL fields
 * (schema), the links the story page and the open data emit, and links in a story body.
 */

/** Why an address is refused, or undefined when it is a plain https:// address. */
export type HttpsUrlProblem = 'not-url' | 'scheme' | 'credentials';

// A browser ignores these inside or around an address ("java\tscript:"), so they are never allowed.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/;

export function httpsUrlProblem(url: string): HttpsUrlProblem | undefined {
  if (CONTROL_OR_SPACE.test(url)) return 'not-url';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'https') return 'scheme';
  if (!/^https:\/\//i.test(url) || !URL.canParse(url)) return 'not-url';
  const parsed = new URL(url);
  if (parsed.username || parsed.password) return 'credentials';
  return parsed.hostname ? undefined : 'not-url';
}

/** An absolute https:// address with a host and no user name or password. */
export function isHttpsUrl(url: string): boolean {
  return httpsUrlProblem(url) === undefined;
}

/**
 * A link a story body may make: an https:// address, an e-mail address or telephone number, or
 * a page or picture of this site given by a relative path. A path starting with two slashes (or
 * a backslash, which browsers read as a slash) names another host and is refused.
 */
export function isSafeLink(url: string): boolean {
  if (CONTROL_OR_SPACE.test(url)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'mailto' || scheme === 'tel') return true;
  if (scheme !== undefined) return isHttpsUrl(url);
  return !/^[/\\]{2}/.test(url);
}
