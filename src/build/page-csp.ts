import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

// Astro's CSP (astro.config.mjs, security.csp) puts in every page the hash of every inline script and
// style of the whole site: all client directives, its dev-mode island script, each page's inlined
// stylesheet. That is some twenty hashes, close to 1 KB gzipped on every page, most of them for code the
// page does not have. After the build this keeps, in each page, only the hashes of the inline scripts and
// styles that page has: the policy is stricter and the page lighter. It only ever removes hashes.

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's policy with, in script-src and style-src, only the hashes of inline code the page has. */
export function pageOwnCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const present = new Set([...html.matchAll(INLINE_SCRIPT), ...html.matchAll(INLINE_STYLE)].map((m) => hashOf(m[1] ?? '')));
  const policy = meta[1]!
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive.trim();
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-") || present.has(s))].join(' ');
    })
    .filter(Boolean)
    .join('; ');
  return html.replace(meta[0], () => meta[0].replace(meta[1]!, () => `${policy};`));
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== '_astro' && name !== 'pagefind') yield* htmlFiles(full);
    } else if (name.endsWith('.html')) yield full;
  }
}

export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const pruned = pageOwnCsp(html);
          if (pruned !== html) {
            writeFileSync(file, pruned);
            pages += 1;
          }
        }
        logger.info(`Content security policy: each of ${pages} pages hashes only its own inline scripts and styles.`);
      },
    },
  };
}
