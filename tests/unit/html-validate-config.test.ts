import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

// The project's own config (.htmlvalidate.mjs), as the html gate uses it.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const page = (body: string) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><title>Trang thử</title></head><body><main>${body}</main></body></html>`;

describe('html-validate with the project config', () => {
  it('passes markup in the style Astro and Starlight write', async () => {
    const report = await validator.validateString(page('<h1 id="_top" style="--x: 1">Tiêu đề</h1><button>Tìm kiếm</button>'), 'ok.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual([]);
  });

  // html-validate does not flag aria-hidden on <script> (the W3C checker does): tests/site/head.test.ts covers that.
  it('fails broken nesting and an image without alt text', async () => {
    const report = await validator.validateString(page('<p><div>x</div></p><img src="a.png">'), 'bad.html');
    expect(report.valid).toBe(false);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(['no-implicit-close', 'close-order', 'wcag/h37']);
  });
});
