import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/base-path.ts';
import { canonicalOf, qrFileOf, qrPathOf, qrSvg } from '../../src/lib/share/qr.ts';
import { decodeQrSvg } from '../support/qr-decode.ts';

describe('a QR code of an address', () => {
  it('decodes to the canonical URL, base path included', async () => {
    for (const base of ['/', '/thi-dua/']) {
      for (const path of ['', 'huong-dan/', 'van-ban/ke-hoach-763-kh-ubnd/', 'cau-chuyen/dia-ban/dak-glei/trang/2/']) {
        const url = absoluteUrl('https://example.org', base, path);
        expect(await decodeQrSvg(qrSvg(url)), url).toBe(url);
      }
    }
  });

  it('keeps Vietnamese letters and query characters intact', async () => {
    const url = 'https://example.org/thi-dua/tim-kiem/?q=c%C3%B4ng%20%C4%91o%C3%A0n&giai-doan=1';
    expect(await decodeQrSvg(qrSvg(url))).toBe(url);
  });
});

describe('where a page keeps its QR code', () => {
  it('is beside its index.html, and nowhere for other files', () => {
    expect(qrFileOf('index.html')).toBe('qr.svg');
    expect(qrFileOf('van-ban/x/index.html')).toBe('van-ban/x/qr.svg');
    expect(qrFileOf('404.html')).toBeNull();
    expect(qrFileOf('van-ban/x/other.html')).toBeNull();
  });

  it('is requested at the page path plus the file name', () => {
    expect(qrPathOf('/thi-dua/')).toBe('/thi-dua/qr.svg');
    expect(qrPathOf('/thi-dua/huong-dan/')).toBe('/thi-dua/huong-dan/qr.svg');
    expect(qrPathOf('/thi-dua/huong-dan')).toBe('/thi-dua/huong-dan/qr.svg');
  });
});

describe('the canonical link of a built page', () => {
  it('is read whatever the attribute order, with entities decoded', () => {
    expect(canonicalOf('<head><link rel="canonical" href="https://example.org/a/"></head>')).toBe('https://example.org/a/');
    expect(canonicalOf('<link href="https://example.org/?a=1&amp;b=2" rel="canonical"/>')).toBe('https://example.org/?a=1&b=2');
  });

  it('is missing on a page without one', () => {
    expect(canonicalOf('<link rel="stylesheet" href="/a.css">')).toBeNull();
  });
});
