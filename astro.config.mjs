// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// BASE lets the same build be served under a path (an LMS package later) without edits:
// every internal link is built from import.meta.env.BASE_URL.
export default defineConfig({
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
  // The search chunk is bundled as a standalone ES module (see components/site/search-entry.ts).
  // Terser with two passes packs the shared site script (budget: 3 KB gzip) tighter than esbuild.
  vite: {
    worker: { format: 'es' },
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 }, format: { comments: false } } },
  },
  markdown: { syntaxHighlight: false },
});
