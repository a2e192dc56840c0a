import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtPages, runPageSteps } from '../../src/integrations/output/page-pass.ts';
import { securityPolicyStep } from '../../src/integrations/output/security-policy.ts';
import { cspHash } from '../../src/lib/security/csp.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(pages: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'csp-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

async function applySecurityPolicy(out: string, base: string) {
  const [result] = await runPageSteps(out, builtPages(out), [securityPolicyStep(out, base)] as const);
  return result;
}

const page = (script: string, policyScripts: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"/><script>${script}</script><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${policyScripts}"></head><body></body></html>`;

describe('the security-policy step of the build', () => {
  it('moves the policy to the top of <head> and writes _headers under the base', async () => {
    const out = site({ 'index.html': page('theme()', cspHash('theme()')) });
    const { policy } = await applySecurityPolicy(out, '/thi-dua/');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>'));
    expect(policy).toContain("frame-ancestors 'none'");
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    expect(headers).toContain('/thi-dua/*\n  Content-Security-Policy: ');
    expect(headers).toContain(cspHash('theme()'));
  });

  it('fails, naming every file, when an inline script is not covered (a script pasted into content)', async () => {
    const out = site({
      'index.html': page('theme()', cspHash('theme()')),
      'cau-chuyen/mau-a/index.html': page('alert(1)', cspHash('theme()')),
      'cau-chuyen/mau-b/index.html': page('track()', cspHash('theme()')),
    });
    await expect(applySecurityPolicy(out, '/')).rejects.toThrow(/2 problem\(s\)[\s\S]*cau-chuyen\/mau-a\/index\.html: inline <script> not allowed by the policy: "alert\(1\)"[\s\S]*mau-b/);
    expect(() => readFileSync(join(out, '_headers'))).toThrow();
  });
});
