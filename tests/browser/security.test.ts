import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, launch, siteURL } from './support/browser.ts';
import { watchPolicyViolations } from './support/csp.ts';
import { searchDialogLinks } from './support/search.ts';

const KEY_PAGES = [
  '/',
  '/huong-dan/',
  '/giai-doan/',
  '/noi-dung-thi-dua/',
  '/noi-dung-thi-dua/ha-tang/',
  '/van-ban/',
  '/van-ban/ke-hoach-763-kh-ubnd/',
  '/trach-nhiem/',
  '/gioi-thieu/',
  '/ngoai-tuyen/',
  '/khong-co-trang-nay/',
];

afterAll(closeBrowser);

async function desktopPage() {
  // Desktop width: the theme picker is in the header there, not inside the mobile menu.
  const context = await (await launch()).newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  return { context, page: await context.newPage() };
}

describe('Content-Security-Policy in a real browser', () => {
  it('is sent as a header with the other security headers, and bans inline scripts without a hash', async () => {
    const { context, page } = await desktopPage();
    const response = await page.goto(siteURL('/'));
    const headers = response!.headers();
    const policy = headers['content-security-policy'] ?? '';
    const scriptSrc = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src '));
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    // The page carries the same policy for hosts that cannot send headers (GitHub Pages).
    const meta = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(policy.startsWith(meta!.replace(/;\s*/g, '; ').trim().replace(/;$/, ''))).toBe(true);
    await context.close();
  });

  it('really blocks an inline script that has no hash', async () => {
    const { context, page } = await desktopPage();
    const violations = await watchPolicyViolations(page);
    await page.goto(siteURL('/'));
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect((await violations()).length).toBeGreaterThan(0);
    await context.close();
  });

  it.each(KEY_PAGES)('%s loads with zero violations', async (path) => {
    const { context, page } = await desktopPage();
    const violations = await watchPolicyViolations(page);
    await page.goto(siteURL(path), { waitUntil: 'networkidle' });
    // Starlight's inline theme script ran (it defines this global before first paint).
    expect(await page.evaluate(() => typeof (window as unknown as { StarlightThemeProvider?: unknown }).StarlightThemeProvider)).toBe('object');
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('keeps search and the theme picker working with zero violations', async () => {
    const { context, page } = await desktopPage();
    const violations = await watchPolicyViolations(page);
    await page.goto(siteURL('/huong-dan/'), { waitUntil: 'networkidle' });

    await page.locator('starlight-theme-select select').first().selectOption('light');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');

    expect((await searchDialogLinks(page, 'tiết kiệm')).length).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
