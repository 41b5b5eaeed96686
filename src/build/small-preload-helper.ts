import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

export interface PreloadOptions {
  /**
   * Dynamically imported chunks whose dependencies are not preloaded: the list of them would be written
   * into a script every page runs at load, for code the page has usually fetched already by then.
   */
  noPreload?: RegExp[];
}

/**
 * Vite wraps every dynamic `import()` in a preload helper, and any script that has one loads the helper
 * at once: 0.9 KB gzipped, a third of the JavaScript a lesson page may load before the learner interacts
 * (budgets.json). This one does the same job for this site in a quarter of that: it asks for the JS chunks
 * the imported module needs in parallel (modulepreload) and waits for its stylesheets, then imports it.
 * It leaves out what the site does not use (a `<meta property=csp-nonce>`, browsers without modulepreload,
 * the `vite:preloadError` event). If a Vite upgrade renames the helper, this stops applying and the budget
 * test (test/build/budgets.test.ts) says so.
 */
export function smallPreloadHelper({ noPreload = [] }: PreloadOptions = {}): Plugin {
  let base = '/';
  return {
    name: 'small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    config: () => ({
      build: {
        modulePreload: {
          polyfill: false,
          resolveDependencies: (file: string, deps: string[]) => (noPreload.some((re) => re.test(file)) ? [] : deps),
        },
      },
    }),
    configResolved(config) {
      base = config.base;
    },
    load: {
      filter: { id: new RegExp(`^${HELPER_ID.replace(/[.\\/]/g, '\\$&')}$`) },
      handler: () => helperCode(base),
    },
  };
}

function helperCode(base: string): string {
  return `const seen = {};
export const __vitePreload = (load, deps) =>
  Promise.all(
    (deps || []).map((dep) => {
      const href = ${JSON.stringify(base)} + dep;
      if (!(href in seen)) {
        const css = href.endsWith('.css');
        const link = document.createElement('link');
        link.rel = css ? 'stylesheet' : 'modulepreload';
        link.href = href;
        seen[href] = css ? new Promise((done, fail) => { link.onload = done; link.onerror = () => fail(new Error('Unable to load ' + href)); }) : undefined;
        document.head.append(link);
      }
      return seen[href];
    }),
  ).then(load);
`;
}
