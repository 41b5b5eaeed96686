import { createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

/**
 * Under `npm run dev` there is no fresh search index; this serves the one from the last build
 * (dist/pagefind) so search works while writing lessons. It reflects the last `npm run build`.
 */
export function devSearchIndex(dist = 'dist'): AstroIntegration {
  return {
    name: 'dev-search-index',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = join(process.cwd(), dist, 'pagefind');
        if (!existsSync(root)) logger.info('No search index yet: run `npm run build` once to search in dev.');
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith('/pagefind/')) return next();
          const file = normalize(join(root, decodeURIComponent(path.slice('/pagefind/'.length))));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('content-type', TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
