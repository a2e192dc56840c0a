/**
 * Everything the build adds to Astro's output to make it deployable, in the one order that
 * works: each step reads what the steps before it wrote.
 *
 * 1. the search UI bundle, then the search index (reads every page's HTML);
 * 2. the Content-Security-Policy (checks the <meta> policy in every page, writes _headers);
 * 3. the sitemap without noindex pages (reads the sitemap Starlight's @astrojs/sitemap wrote);
 * 4. every page's QR code beside it (reads its canonical link);
 * 5. the editors' workspace (/quan-tri/), after the pass so none of 1–4 sees it (./workspace.ts);
 * 6. the service worker sw.js, last: it hashes the final bytes of every file it precaches.
 * Steps 1–4 look at every page: they share one read of each page (./page-pass.ts), in that order.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtPages, runPageSteps } from './page-pass.ts';
import { qrCodesStep } from './qr-codes.ts';
import { searchIndexStep } from './search-index.ts';
import { securityPolicyStep } from './security-policy.ts';
import { writeServiceWorker, type ServiceWorkerSummary } from './service-worker.ts';
import { sitemapNoindexStep } from './sitemap-output.ts';
import { writeWorkspace, type WorkspaceSummary } from './workspace.ts';

export interface BuiltFile {
  /** Path inside the output folder. */
  name: string;
  code: Uint8Array;
}

export interface DeployOutputOptions {
  outDir: string;
  base: string;
  /** The search dialog's bundled UI, written before anything is hashed. */
  searchUi: BuiltFile;
  /** The project root, whose content/ the workspace's lists of choices are read from. */
  root: string;
  log: (message: string) => void;
}

export async function prepareForDeployment({ outDir, base, searchUi, root, log }: DeployOutputOptions): Promise<{
  policy: string;
  serviceWorker: ServiceWorkerSummary;
  leftOutOfSitemap: string[];
  workspace: WorkspaceSummary;
}> {
  const uiFile = join(outDir, searchUi.name);
  mkdirSync(dirname(uiFile), { recursive: true });
  writeFileSync(uiFile, searchUi.code);
  log('Đang lập chỉ mục tìm kiếm (đ được tìm cả khi gõ d), kiểm tra chính sách bảo mật…');
  const pages = builtPages(outDir);
  const search = await searchIndexStep(
    {
      siteDir: outDir,
      onProgress: (done, total) => {
        if (total > 500 && (done % 500 === 0 || done === total)) log(`  ${done}/${total} trang`);
      },
    },
    pages.length,
  );
  const [index, { policy }, leftOutOfSitemap, qr] = await runPageSteps(outDir, pages, [
    search,
    securityPolicyStep(outDir, base),
    sitemapNoindexStep(outDir, base),
    qrCodesStep(outDir),
  ] as const);
  log(`Mã QR: ${qr.files} trang, ${(qr.bytes / 1024).toFixed(0)} KB.`);
  log(`Chỉ mục tìm kiếm: ${index.pages} trang, ${(index.bytes / 1024).toFixed(0)} KB, ${Math.round(index.ms)} ms.`);
  log('Chính sách bảo mật: đặt đầu <head> mọi trang, ghi _headers.');
  if (leftOutOfSitemap.length > 0) log(`sitemap: bỏ ${leftOutOfSitemap.join(', ')} (trang có noindex)`);

  const workspace = writeWorkspace({ outDir, base, root, env: process.env });
  log(`Trang quản trị ${workspace.folder}: config.yml, ${workspace.bundle} (${(workspace.bundleBytes / 1024).toFixed(0)} KB).`);

  const serviceWorker = writeServiceWorker(outDir, base);
  log(`sw.js ${serviceWorker.version}: ${serviceWorker.files} tệp lưu sẵn, ${serviceWorker.bytes} byte`);
  return { policy, serviceWorker, leftOutOfSitemap, workspace };
}
