// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { checkComponentsPlugin } from './src/build/check-components-plugin.ts';
import { devSearchIndex } from './src/build/dev-search-index.ts';
import { smallPreloadHelper } from './src/build/small-preload-helper.ts';
import { pageCsp } from './src/build/page-csp.ts';

export default defineConfig({
  // A fixture course (COURSE_CONTENT_DIR) keeps its own content cache, so it never mixes with the real course's.
  ...(process.env.COURSE_CACHE_DIR && { cacheDir: process.env.COURSE_CACHE_DIR }),
  site: 'https://service-course.example',
  trailingSlash: 'always',
  build: { inlineStylesheets: 'always' },
  // Scoped styles by class (.astro-xyz) rather than a data attribute on every element: fewer bytes in every page.
  scopedStyleStrategy: 'class',
  // Only components need the JSX transform (Babel, in the Preact plugin): plain .ts modules skip it, which halves bundling.
  integrations: [mdx(), preact({ include: [/\.tsx$/] }), devSearchIndex(), pageCsp()],
  vite: {
    // The progress marks load the full store when an island hydrates; the island has fetched most of it by then.
    plugins: [smallPreloadHelper({ noPreload: [/\/progress-marks-store\.[\w-]+\.js$/] })],
  },
  markdown: {
    processor: satteri({ mdastPlugins: [checkComponentsPlugin()] }),
  },
  security: {
    csp: {
      // Nothing loads from elsewhere, no plugins, no <base> rewriting, and forms post only here.
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind's search runs WebAssembly; nothing else is loosened.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
