import { describe, expect, it } from 'vitest';
import { htmlForIndex, withMaterialType } from '../../../src/lib/search/index-html.ts';

describe('htmlForIndex', () => {
  it('maps đ in text only, never in tags, attributes, scripts, styles or comments', () => {
    const html = [
      '<html lang="vi"><head><title>Đảng</title><style>.đ::after{content:"đ"}</style></head>',
      '<body><h2 id="đoan" data-pagefind-filter="giai-doan:Giai đoạn 1" title="a > đ">Công đoàn</h2>',
      '<!-- đ --><script>const x = "<p>đ</p>";</script><p>Đường <b>đi</b></p></body></html>',
    ].join('');
    const out = htmlForIndex(html);
    expect(out).toContain('<h2 id="đoan" data-pagefind-filter="giai-doan:Giai đoạn 1" title="a > đ">Công ďoàn</h2>');
    expect(out).toContain('<style>.đ::after{content:"đ"}</style>');
    expect(out).toContain('<!-- đ -->');
    expect(out).toContain('<script>const x = "<p>đ</p>";</script>');
    expect(out).toContain('<p>Ďường <b>ďi</b></p>');
    expect(out).toContain('<title>Đảng</title>');
  });

  it('changes nothing but đ/Đ in text (same length outside table cells)', () => {
    const html = '<main><p>Tiết kiệm, chống lãng phí — đồng bộ</p></main>';
    const out = htmlForIndex(html);
    expect(out.length).toBe(html.length);
    expect(out.replace(/ď/g, 'đ')).toBe(html);
  });

  it('separates adjacent table cells and definition-list parts with a space', () => {
    expect(htmlForIndex('<dl><dt>Số, ký hiệu</dt><dd>763/KH-UBND</dd></dl>')).toBe('<dl><dt>Số, ký hiệu</dt> <dd>763/KH-UBND</dd> </dl>');
    expect(htmlForIndex('<tr><th>Văn bản</th><td>Đ</td></tr>')).toBe('<tr><th>Văn bản</th> <td>Ď</td> </tr>');
  });

  it('leaves code (identifiers for editors) out of the index', () => {
    expect(htmlForIndex('<p>Ghi <code>dak-glei</code> cho Đắk Glei; <code class="x">đ</code></p>')).toBe(
      '<p>Ghi <code data-pagefind-ignore>dak-glei</code> cho Ďắk Glei; <code data-pagefind-ignore class="x">ď</code></p>',
    );
    expect(htmlForIndex('<codex>a</codex>')).toBe('<codex>a</codex>');
  });

  it('copes with unterminated markup', () => {
    expect(htmlForIndex('<p>đ<script>đ')).toBe('<p>ď<script>đ');
    expect(htmlForIndex('<!-- đ')).toBe('<!-- đ');
    expect(htmlForIndex('đ <a href="x')).toBe('ď <a href="x');
  });
});

describe('withMaterialType', () => {
  it("gives an indexed page without a type its section's type from the site map, inside the indexed element", () => {
    expect(withMaterialType('<body><main data-pagefind-body class="x"><h1>Giới thiệu</h1></main></body>', 'gioi-thieu/index.html')).toBe(
      '<body><main data-pagefind-body class="x"><span data-pagefind-filter="tai-lieu:Trang chung" hidden></span><h1>Giới thiệu</h1></main></body>',
    );
    expect(withMaterialType('<main data-pagefind-body></main>', 'van-ban/x/index.html')).toBe(
      '<main data-pagefind-body><span data-pagefind-filter="tai-lieu:Văn bản liên quan" hidden></span></main>',
    );
  });

  it('leaves pages that declare a type, pages that are not indexed and sections without a type alone', () => {
    const typed = '<main data-pagefind-body><span data-pagefind-filter="tai-lieu:Giai đoạn" hidden></span></main>';
    expect(withMaterialType(typed, 'gioi-thieu/index.html')).toBe(typed);
    expect(withMaterialType('<main><p>404</p></main>', '404.html')).toBe('<main><p>404</p></main>');
    expect(withMaterialType('<main data-pagefind-bodyx>', 'gioi-thieu/index.html')).toBe('<main data-pagefind-bodyx>');
    expect(withMaterialType('<main data-pagefind-body></main>', 'tim-kiem/index.html')).toBe('<main data-pagefind-body></main>');
  });
});
