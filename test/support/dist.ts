import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

export interface BuiltPage {
  /** Site path, e.g. `/modules/why-service-matters/`. */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') yield* htmlFiles(full);
    } else if (name.endsWith('.html')) yield full;
  }
}

const toSitePath = (file: string) =>
  '/' +
  relative(distDir, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/');

/** Every built HTML page, parsed. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first');
  return [...htmlFiles(distDir)].sort().map((file) => {
    const html = readFileSync(file, 'utf8');
    return { path: toSitePath(file), file, html, root: parse(html) };
  });
}

/** The file a site path is served from, or undefined when nothing is there. */
export function fileForPath(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/')
    ? [join(distDir, clean, 'index.html')]
    : [join(distDir, clean), join(distDir, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
