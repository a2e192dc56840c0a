/**
 * The `_headers` file (the format Netlify and Cloudflare Pages read): path patterns, each
 * followed by indented `Name: value` lines. Written by the build
 * (src/integrations/output/security-policy.ts), read back by the local static server so tests
 * and `npm run serve` send exactly what production sends.
 */

/** Headers every response gets, besides the Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  // For browsers that predate CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** Directives that only work in a header, never in a `<meta>` policy. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function renderHeadersFile(rules: HeaderRule[]): string {
  const blocks = rules.map(({ pattern, headers }) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}

/** Parses a `_headers` file; lines that are neither a path nor an indented header are errors. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path, got "${line.trim()}"`);
    rule.headers[match[1]!] = match[2]!;
  });
  return rules;
}

/** Headers for a URL path: every matching rule applies, later rules override earlier ones. */
export function headersForPath(rules: HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (patternMatches(rule.pattern, pathname)) Object.assign(result, rule.headers);
  }
  return result;
}

function patternMatches(pattern: string, pathname: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
  return regex.test(pathname);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The locations a server config needs: one per rule, each with every header that applies to
 * it, because nginx drops inherited add_header lines in a location that has its own.
 */
function locations(rules: HeaderRule[]): Array<{ pattern: string; headers: Record<string, string> }> {
  return rules.map((rule) => ({ pattern: rule.pattern, headers: headersForPath(rules, rule.pattern.replace(/\*$/, '')) }));
}

function quote(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

/**
 * nginx `location` blocks, to include inside the site's `server { }` in place of its own
 * `location /`: each also serves files and directory indexes (`try_files`).
 */
export function toNginx(rules: HeaderRule[]): string {
  return locations(rules)
    .map(({ pattern, headers }) => {
      const match = pattern.endsWith('*') ? `^~ ${pattern.slice(0, -1)}` : `= ${pattern}`;
      if (pattern.includes('*') && !pattern.endsWith('*')) throw new Error(`nginx export: unsupported pattern ${pattern}`);
      // add_header would send a second Content-Type beside nginx's own; the type is set instead.
      const lines = Object.entries(headers).map(([name, value]) =>
        name.toLowerCase() === 'content-type' ? `    types { } default_type ${quote(value)};` : `    add_header ${name} ${quote(value)} always;`,
      );
      return [`location ${match} {`, '    try_files $uri $uri/ =404;', ...lines, '}'].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** Apache (2.4, mod_headers) directives for the virtual host or an .htaccess file. */
export function toApache(rules: HeaderRule[]): string {
  const blocks = locations(rules).map(({ pattern, headers }) => {
    const regex = `^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\#]/g, '\\$&')).join('.*')}$`;
    const lines = Object.entries(headers).map(([name, value]) => `    Header always set ${name} ${quote(value)}`);
    return [`  <If "%{REQUEST_URI} =~ m#${regex}#">`, ...lines, '  </If>'].join('\n');
  });
  return ['<IfModule mod_headers.c>', ...blocks, '</IfModule>', ''].join('\n');
}
