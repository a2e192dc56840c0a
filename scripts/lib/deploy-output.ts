/**
 * The last step of the build, on the finished output and before it is swapped in: it must
 * run after everything that writes into the output (pages, search index), because it hashes
 * the final files.
 */
import { applySecurityPolicy } from './security-policy.ts';
import { writeServiceWorker, type ServiceWorkerSummary } from './service-worker.ts';
import { dropNoindexFromSitemaps } from './sitemap-output.ts';

export function prepareForDeployment(outDir: string, base: string): { policy: string; serviceWorker: ServiceWorkerSummary; leftOutOfSitemap: string[] } {
  // Security first: it rewrites the HTML that the service worker then hashes.
  const { policy } = applySecurityPolicy(outDir, base);
  const leftOutOfSitemap = dropNoindexFromSitemaps(outDir, base);
  const serviceWorker = writeServiceWorker(outDir, base);
  return { policy, serviceWorker, leftOutOfSitemap };
}
