// `npm run bench`: builds once, then prints what each page type makes a browser download
// (HTML, CSS and JS, raw and gzipped) and how long the build took. Figures, not pass/fail:
// the budgets are in ../shared/design.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  handbook: '/handbook/',
  'hb-card': '/handbook/phone-greeting-script/',
  'rp-script': '/practice/missing-birthday-cake/',
  search: '/search/',
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

console.log(
  `\nBuild: ${(astroSeconds + pagefindSeconds).toFixed(1)} s (astro ${astroSeconds.toFixed(1)} s + pagefind ${pagefindSeconds.toFixed(1)} s)\n`,
);
console.log('Page type     HTML KB (gz)     CSS KB (gz)      JS KB (gz)');
for (const r of rows) {
  const cell = (s) => `${kb(s.raw).padStart(6)} (${kb(s.gzip).padStart(5)})`;
  console.log(`${r.type.padEnd(12)} ${cell(r.html)}  ${cell(r.css)}  ${cell(r.js)}`);
}

// Each island's own code: everything its component module pulls in, minus Preact and Astro's renderer,
// which every island shares (the role-play budget is 12 KB gzipped beyond Preact).
const shared = (url) => /\/(preact\.module|hooks\.module|jsxRuntime\.module|signals\.module|client)\.[\w-]+\.js$/.test(url);
const lessonHtml = readFileSync(fileOf(pageTypes.lesson)).toString();
const searchHtml = readFileSync(fileOf(pageTypes.search)).toString();
console.log('\nIsland         JS KB gz beyond Preact');
for (const name of ['RolePlay', 'KnowledgeCheck', 'CompleteLesson', 'SearchPanel']) {
  const html = name === 'SearchPanel' ? searchHtml : lessonHtml;
  const url = new RegExp(`component-url="([^"]*/${name}\\.[\\w-]+\\.js)"`).exec(html)?.[1];
  if (!url) continue;
  const own = scriptClosure([url]).filter((u) => !shared(u));
  console.log(`${name.padEnd(14)} ${kb(size(own.map(read)).gzip).padStart(6)}${name === 'RolePlay' ? '   (budget 12.0)' : ''}`);
}
// Role-plays and checks save through the page's progress store, loaded when an activity ends;
// the lesson's progress-marks script already loads most of it, so it is shared, not the island's.
const storeChunk = readdirSync(join(dist, '_astro')).find((f) => /^attempts\.[\w-]+\.js$/.test(f));
if (storeChunk) {
  const marks = [...lessonHtml.matchAll(/<script[^>]+src="([^"]+ProgressScript[^"]+)"/g)].map((m) => m[1]);
  const alreadyLoaded = new Set(scriptClosure(marks));
  const extra = scriptClosure([`/_astro/${storeChunk}`]).filter((u) => !alreadyLoaded.has(u));
  console.log(
    `Saving an attempt: ${kb(size(extra.map(read)).gzip)} KB gz more, once (the progress store is shared with the page's progress marks)`,
  );
}

// The search index: everything Pagefind wrote, and what one search downloads in a real browser.
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const indexFiles = walk(join(dist, 'pagefind'));
const indexBytes = indexFiles.reduce((n, f) => n + statSync(f).size, 0);
console.log(`\nSearch index: ${indexFiles.length} files, ${kb(indexBytes)} KB on disk (loaded in pieces, on first search only)`);
await searchTiming();
await lighthouseScores();

console.log(
  "\nBudgets (../shared/design.md): pages without islands ship no JS beyond search; a page carries only its own module's navigation;",
);
console.log('the role-play island stays within 12 KB gzipped beyond Preact; search answers as the learner types.');

/** Median time from a typed query to its results on /search/, in Chromium, when Chromium is found. */
async function searchTiming() {
  await withBuiltSiteInChromium('Search timing', [], async ({ browser, url }) => {
    const page = await browser.newPage();
    let firstSearchBytes = 0;
    page.on('response', async (r) => {
      if (r.url().includes('/pagefind/')) firstSearchBytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${url}/search/`);
    await page.locator('astro-island:not([ssr]) .search-panel').waitFor();
    const queries = [
      'phone',
      'angry customer',
      'apologize',
      'call back',
      'thank you',
      'promise',
      'manager',
      'greeting',
      'listen',
      'refund',
      'email',
      'name',
      'empathy',
      'training',
      'waiting',
    ];
    const times = [];
    for (const [i, q] of queries.entries()) {
      const ms = await page.evaluate(async (query) => {
        const input = document.querySelector('#search-page-q');
        const status = document.querySelector('#search-page-status');
        const start = performance.now();
        const done = new Promise((res) => {
          const check = () => (status.textContent.includes(`for “${query}”`) ? res(performance.now() - start) : undefined);
          new MutationObserver(check).observe(status, { childList: true, characterData: true, subtree: true });
        });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return done;
      }, q);
      if (i === 0) console.log(`First search (loads the index): ${ms.toFixed(0)} ms, ${kb(firstSearchBytes)} KB downloaded`);
      else times.push(ms);
    }
    times.sort((a, b) => a - b);
    console.log(
      `Query to results, median of ${times.length}: ${times[Math.floor(times.length / 2)].toFixed(0)} ms (fastest ${times[0].toFixed(0)}, slowest ${times.at(-1).toFixed(0)})`,
    );
  });
}

/** Lighthouse (mobile, its defaults) on every page type, when Chromium is found. */
async function lighthouseScores() {
  const { default: lighthouse } = await import('lighthouse');
  const port = 9300 + Math.floor(Math.random() * 500);
  await withBuiltSiteInChromium('Lighthouse', [`--remote-debugging-port=${port}`], async ({ url }) => {
    console.log('\nLighthouse (mobile)  perf  a11y  best  seo');
    for (const [type, path] of Object.entries(pageTypes)) {
      const result = await lighthouse(`${url}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const c = result?.lhr.categories ?? {};
      const score = (k) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(5);
      console.log(`${type.padEnd(19)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}`);
    }
  });
}

/** Serves dist/ and runs `measure` with a Chromium pointed at it; says so and skips where Chromium is not found. */
async function withBuiltSiteInChromium(label, extraArgs, measure) {
  const { findChromium, CHROMIUM_ARGS } = await import('../test/support/chromium.ts');
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(`${label}: skipped, Chromium not found (sudo apt-get install -y chromium)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('../test/support/static-server.ts');
  const { server, url } = await serveStatic(resolve(dist));
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
  try {
    await measure({ browser, url });
  } finally {
    await browser.close();
    server.close();
  }
}
