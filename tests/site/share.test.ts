import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntries } from '../../src/lib/content/load-content.ts';
import { ui } from '../../src/lib/i18n/ui.ts';
import { QR_FILE } from '../../src/lib/share/qr.ts';
import { allPages, loadPage, normalizeText } from '../support/html.ts';
import { ROOT, SITE_DIR } from '../support/paths.ts';
import { decodeQrSvg } from '../support/qr-decode.ts';

const content = readEntries(ROOT, ['guidanceDocument', 'contents']);
const campaign = content.list('guidanceDocument')[0]!.data.campaign;
const fieldNames = content
  .list('contents')
  .map((entry) => entry.data)
  .sort((a, b) => a.order - b.order)
  .map((field) => field.name);
const pages = allPages();
const canonical = (document: Document) => document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
const withCanonical = pages.filter((page) => canonical(page.document) !== null);

describe('the "Chia sẻ" control', () => {
  it('is on every page with an address of its own, and only the 404 page has none', () => {
    expect(pages.filter((page) => canonical(page.document) === null).map((page) => page.path)).toEqual(['/404.html']);
    expect(loadPage('/404.html').querySelector('[data-share]')).toBeNull();
  });

  it.each(withCanonical.map((p) => [p.path, p.document] as const))('%s: closed, showing its canonical URL, with a lazy QR image of its own', (path, document) => {
    const share = document.querySelector('details[data-share]');
    expect(share, path).not.toBeNull();
    expect(share!.hasAttribute('open')).toBe(false);
    expect(share!.querySelector('summary')?.textContent?.trim()).toBe(ui.share.summary);
    expect(share!.querySelector<HTMLInputElement>('input[data-share-url]')?.getAttribute('value')).toBe(canonical(document));
    const img = share!.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('src')).toBe(`${path}${QR_FILE}`);
    // Without JavaScript the buttons stay hidden; the field and the code still work.
    for (const button of share!.querySelectorAll('button')) expect(button.hasAttribute('hidden')).toBe(true);
  });

  it.each(withCanonical.map((p) => [p.path, p.document] as const))('%s: its QR code decodes to its canonical URL', async (path, document) => {
    const file = join(SITE_DIR, path, QR_FILE);
    expect(existsSync(file), file).toBe(true);
    expect(await decodeQrSvg(readFileSync(file))).toBe(canonical(document));
  });
});

describe('the poster /ap-phich/', () => {
  const poster = loadPage('/ap-phich/');
  const article = poster.querySelector('article.poster')!;

  it('carries the campaign name, its two fields and the current phase', () => {
    const text = normalizeText(article.textContent ?? '');
    expect(text).toContain(campaign.name);
    expect([...article.querySelectorAll('.poster-fields li')].map((li) => normalizeText(li.textContent ?? ''))).toEqual(
      fieldNames,
    );
    expect(text).toContain(ui.poster.phase);
  });

  it('shows a QR code that decodes to the home page', async () => {
    const home = canonical(loadPage('/'))!;
    const src = article.querySelector('.poster-qr img')!.getAttribute('src')!;
    expect(await decodeQrSvg(readFileSync(join(SITE_DIR, src)))).toBe(home);
    expect(normalizeText(article.querySelector('.poster-url')?.textContent ?? '')).toBe(home);
  });
});
