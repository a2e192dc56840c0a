// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// Where the site is served. Both come from the environment so one build recipe serves a
// domain root or a sub-path (see docs/deploy.md).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  // The atomic build (scripts/build.ts) renders into a scratch folder, then swaps it in.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Prefetching adds a script request before first paint on every page (see docs/benchmarks.md).
  prefetch: false,
  integrations: [
    starlight({
      title: 'Thi đua hạ tầng, tiết kiệm',
      description:
        'Phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí” (2022–2030) trong các cấp công đoàn tỉnh Kon Tum.',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
      tableOfContents: false,
      lastUpdated: false,
      pagination: false,
      customCss: ['./src/styles/site.css', './src/styles/stories.css'],
      sidebar: [
        { label: 'Trang chủ', link: '/' },
        { label: 'Toàn văn hướng dẫn', link: '/huong-dan/' },
        { label: 'Các giai đoạn', link: '/giai-doan/' },
        { label: 'Nội dung thi đua', link: '/noi-dung-thi-dua/' },
        { label: 'Trách nhiệm thực hiện', link: '/trach-nhiem/' },
        { label: 'Văn bản liên quan', link: '/van-ban/' },
        // One link to the story list; stories are never listed here (the sidebar is on every page).
        { label: 'Câu chuyện điển hình', link: '/cau-chuyen/' },
        { label: 'Về trang này', link: '/gioi-thieu/' },
      ],
    }),
  ],
});
