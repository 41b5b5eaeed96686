/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// One runner for everything. `npm test` (scripts/test.mjs) builds the site first and leaves
// out the browser project, loudly, where no Chromium is found.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'content', include: ['test/content/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['test/components/**/*.test.tsx'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time keeps two cores responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
