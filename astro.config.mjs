// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase, withBase } from './src/lib/base-path.ts';
import { MAX_IMAGE_PIXELS } from './src/lib/schemas/exemplars.ts';
import { SITE_ROWS } from './src/lib/site-map.ts';
import { cspHash, inlineScriptBodies } from './src/lib/security/csp.ts';
import deployableSite from './src/integrations/deployable-site.ts';
import { PALETTE_CSS_MODULE, paletteCssPlugin } from './src/integrations/palette-css.ts';
import { BRAND } from './src/lib/theme/palette.ts';

// Where the site is served. Both come from the environment so one build recipe serves a
// domain root or a sub-path (see docs/deploy.md).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = normalizeBase(process.env.BASE_PATH);

// Once the page has loaded, registers the service worker and, a second later, links the web app
// manifest, so neither costs anything before the first paint: a <link rel="manifest"> in the
// markup made Chromium fetch the manifest and its icon during the load, and Lighthouse counted
// both before the largest paint (LCP 0.90 s instead of 0.76 s on every page); linked at `load`,
// a paint delayed by a busy machine still came after them (docs/benchmarks.md). Inline, hence
// hashed below.
const registerServiceWorker = `addEventListener('load',()=>{setTimeout(()=>{const m=document.createElement('link');m.rel='manifest';m.href=${JSON.stringify(withBase(base, 'manifest.webmanifest'))};document.head.append(m)},1000);if('serviceWorker'in navigator)navigator.serviceWorker.register(${JSON.stringify(withBase(base, 'sw.js'))},{scope:${JSON.stringify(base)}}).catch(()=>{})})`;

// Astro hashes the scripts it bundles, not `<script is:inline>` ones. Their bodies are emitted
// byte for byte, so they are hashed from the sources of Starlight and of our components and
// pages. Content (content/) is deliberately not scanned: a script there fails the build.
const root = fileURLToPath(new URL('.', import.meta.url));
const inlineScriptSources = ['node_modules/@astrojs/starlight/dist/**/*.astro', 'src/**/*.astro'].flatMap((pattern) =>
  globSync(pattern, { cwd: root }).map((file) => join(root, file)),
);
/** @type {Array<`sha256-${string}`>} */
const inlineScriptHashes = /** @type {any} */ ([
  ...new Set([
    ...inlineScriptSources.flatMap((file) => inlineScriptBodies(readFileSync(file, 'utf8')).bodies),
    registerServiceWorker,
  ]),
].map((body) => cspHash(body).slice(1, -1)));

export default defineConfig({
  site,
  base,
  // The atomic build (scripts/build.ts) renders into a scratch folder, then swaps it in.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Prefetching adds a script request before first paint on every page (see docs/benchmarks.md).
  prefetch: false,
  // The content check and the story loader refuse larger pictures first; this bounds sharp itself.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { limitInputPixels: MAX_IMAGE_PIXELS } } },
  security: {
    // A strict policy, written by Astro as a <meta> in every page with the hashes of what it
    // bundled; src/integrations/output/security-policy.ts checks it, moves it to the top of
    // <head> and publishes it in _headers too.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly search engine at runtime.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineScriptHashes,
      },
      // Starlight sets a few style="" attributes (icon sizes); <style> elements stay hashed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // The site's colours as a stylesheet module (src/integrations/palette-css.ts).
  vite: { plugins: [paletteCssPlugin()] },
  integrations: [
    starlight({
      title: 'Thi đua hạ tầng, tiết kiệm',
      description:
        'Phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí” (2022–2030) trong các cấp công đoàn tỉnh Kon Tum.',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
      tableOfContents: false,
      lastUpdated: false,
      pagination: false,
      // Starlight's print rules are bundled here rather than linked separately (one request
      // fewer before the first paint); src/middleware.ts drops the separate link.
      // The palette (src/lib/theme/palette.ts) comes after print.css, whose print colours it replaces.
      customCss: ['./src/styles/site.css', './src/styles/stories.css', './src/styles/figures.css', './node_modules/@astrojs/starlight/dist/style/print.css', PALETTE_CSS_MODULE],
      // Favicon as a data: URI and the share image: see src/lib/seo/head.ts.
      routeMiddleware: './src/route-middleware.ts',
      // Our own Vietnamese 404 page: src/pages/404.astro.
      disable404Route: true,
      head: [
        { tag: 'meta', attrs: { name: 'theme-color', content: BRAND.red } },
        { tag: 'script', content: registerServiceWorker },
      ],
      // Search is indexed by our own integration (đ-aware, see docs/search.md) and shown by our
      // Search component, which loads nothing until the reader opens it.
      pagefind: false,
      components: {
        Search: './src/components/overrides/Search.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        // Adds the "Chia sẻ" control (copy link, share, QR code) before Starlight's footer.
        Footer: './src/components/overrides/Footer.astro',
        // The home page's campaign band (the only page with `hero` in its frontmatter).
        Hero: './src/components/overrides/Hero.astro',
      },
      // The site map's rows marked `sidebar`, in its order. One link to the story list; stories
      // are never listed here (the sidebar is on every page).
      sidebar: SITE_ROWS.filter((row) => row.sidebar).map((row) => ({ label: row.label, link: `/${row.path}` })),
    }),
    // Last: search index, security policy, sitemap filter and sw.js, in that order, on the
    // finished output (src/integrations/deployable-site.ts checks that nothing follows it).
    deployableSite(),
  ],
});
