// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { checkComponentsPlugin } from './src/build/check-components-plugin.ts';
import { devSearchIndex } from './src/build/dev-search-index.ts';

export default defineConfig({
  // A fixture course (COURSE_CONTENT_DIR) keeps its own content cache, so it never mixes with the real course's.
  ...(process.env.COURSE_CACHE_DIR && { cacheDir: process.env.COURSE_CACHE_DIR }),
  site: 'https://service-course.example',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), devSearchIndex()],
  markdown: {
    processor: satteri({ mdastPlugins: [checkComponentsPlugin()] }),
  },
  security: {
    csp: {
      // Pagefind's search runs WebAssembly; nothing else is loosened.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
