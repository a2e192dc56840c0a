import { chromium } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import { startStaticServer } from './lib/static-server.ts';
const server = await startStaticServer({ dir: process.argv[2]!, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
console.log(JSON.stringify(await page.evaluate(async (q) => {
  const pf = await import(`${location.origin}/pagefind/pagefind.js`);
  const r = await pf.search(q);
  return Promise.all(r.results.slice(0, 5).map(async (h: any) => { const d = await h.data(); return { url: d.url, score: h.score.toFixed(3), words: h.words, len: d.word_count }; }));
}, process.argv[3]), null, 1));
await browser.close(); server.close();
