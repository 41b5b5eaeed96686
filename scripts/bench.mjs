// `npm run bench`: builds once, then prints what each page type makes a browser download
// (HTML, CSS and JS, raw and gzipped) and how long the build took. Figures, not pass/fail:
// the budgets are in ../shared/design.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const pageTypes = {
  home: '/',
  module: '/modules/why-service-matters/',
  lesson: '/modules/why-service-matters/glad-or-mad/',
  'how-to-use': '/how-to-use/',
  progress: '/progress/',
  assign: '/assign/',
  team: '/team/',
  'not-found': '/404.html',
};

function timed(label, cmd, args) {
  const start = performance.now();
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${label} failed`);
  return (performance.now() - start) / 1000;
}

const astroSeconds = timed('astro build', 'npx', ['astro', 'build']);
const pagefindSeconds = timed('pagefind', 'npx', ['pagefind', '--site', dist]);

const fileOf = (path) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const read = (url) => readFileSync(join(dist, url.split('?')[0]));

/** Every module a script pulls in through static imports, so an island's whole weight is counted. */
function scriptClosure(entries) {
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url) || !existsSync(join(dist, url))) return;
    seen.add(url);
    const code = read(url).toString();
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(new URL(m[1], `http://x${url}`).pathname);
  };
  entries.forEach(visit);
  return [...seen];
}

const size = (buffers) => {
  const all = Buffer.concat(buffers);
  return { raw: all.length, gzip: all.length ? gzipSync(all).length : 0 };
};
const kb = (n) => (n / 1024).toFixed(1);

const rows = Object.entries(pageTypes).map(([type, path]) => {
  const html = readFileSync(fileOf(path)).toString();
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => read(m[1]));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]));
  const scriptUrls = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]),
  ];
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]));
  const js = [...scriptClosure(scriptUrls).map(read), ...inlineJs];
  return { type, html: size([Buffer.from(html)]), css: size([...css, ...inlineCss]), js: size(js) };
});

console.log(`\nBuild: ${(astroSeconds + pagefindSeconds).toFixed(1)} s (astro ${astroSeconds.toFixed(1)} s + pagefind ${pagefindSeconds.toFixed(1)} s)\n`);
console.log('Page type     HTML KB (gz)     CSS KB (gz)      JS KB (gz)');
for (const r of rows) {
  const cell = (s) => `${kb(s.raw).padStart(6)} (${kb(s.gzip).padStart(5)})`;
  console.log(`${r.type.padEnd(12)} ${cell(r.html)}  ${cell(r.css)}  ${cell(r.js)}`);
}
console.log('\nBudgets (../shared/design.md): pages without islands ship no JS; a page carries only its own module\'s navigation.');
