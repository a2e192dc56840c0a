import type { Page } from 'playwright-core';

/**
 * Records every Content-Security-Policy violation a page reports, from the first byte: the
 * listener is installed before any page script runs, and console messages are kept too
 * because some refusals (a blocked worker, a meta-only directive) only reach the console.
 */
export async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  return async () => {
    const reported = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    return [...reported, ...consoleViolations];
  };
}
