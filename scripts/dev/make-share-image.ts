#!/usr/bin/env node
/**
 * Draws the share image (public/og-image.png, 1200×630) that link previews show, from the
 * campaign's name, years and issuer as the guidance states them, so the image claims nothing
 * the source does not. Rendered by Debian's Chromium; the PNG is committed, CI does not redraw it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ContentProblems, readEntries } from '../../src/lib/content/load-content.ts';
import { BRAND } from '../../src/lib/theme/palette.ts';

const HELP = `Usage: npx node scripts/dev/make-share-image.ts [--out FILE]

Redraws the 1200×630 share image from content/guidance/document.yaml (campaign name, years,
issuer). Run it after those fields change, then commit the PNG.

Options:
  --out FILE   where to write (default: public/og-image.png)
  -h, --help   show this help

Environment: CHROME_PATH (default /usr/bin/chromium).`;

const { values: args } = parseArgs({
  options: { out: { type: 'string', default: 'public/og-image.png' }, help: { type: 'boolean', short: 'h', default: false } },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

let doc;
try {
  doc = readEntries(process.cwd(), ['guidanceDocument']).list('guidanceDocument')[0]?.data;
} catch (error) {
  if (!(error instanceof ContentProblems)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
if (!doc) {
  console.error('✗ Không tìm thấy content/guidance/document.yaml; chạy lệnh trong thư mục dự án.');
  process.exit(1);
}
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const favicon = readFileSync('public/favicon.svg', 'utf8');

const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; box-sizing: border-box; padding: 64px 72px;
    background: #17181c; color: #fff; font-family: 'DejaVu Sans', sans-serif;
    display: flex; flex-direction: column; justify-content: space-between; border-top: 16px solid ${BRAND.red}; }
  .kicker { font-size: 34px; color: ${BRAND.gold}; font-weight: 700; display: flex; align-items: center; gap: 20px; }
  .kicker svg { width: 64px; height: 64px; }
  h1 { font-size: 52px; line-height: 1.25; margin: 0; font-weight: 700; }
  .foot { font-size: 30px; color: #d0d3da; }
</style>
<div class="kicker">${favicon}<span>Phong trào thi đua ${doc.campaign.startYear}–${doc.campaign.endYear}</span></div>
<h1>“${escape(doc.campaign.name)}”</h1>
<div class="foot">Hướng dẫn của ${escape(doc.issuer)}</div>
</html>`;

console.log('▶ Vẽ ảnh chia sẻ bằng Chromium…');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: args.out, type: 'png' });
await browser.close();
console.log(`✓ ${args.out}`);
