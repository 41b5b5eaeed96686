// `npm run bench`: builds once, then prints what each page type makes a browser download before the
// learner interacts (HTML, CSS and JS, gzipped: scripts/lib/page-weight.ts defines it) next to its budget
// in budgets.json (test/build/budgets.test.ts fails when one is over), and how long the build took.
// `npm run bench -- --lessons N [--runs R] [--commit REV] [--keep]`: the scaling bench instead (scripts/bench/scale.mjs):
// a generated course of N lessons, built R times (median) and measured in a temporary directory (kept with --keep).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzip, islandPages, islandWeight, kb, pageTypes, pageWeight, readBudgets, scriptClosure } from './lib/page-weight.ts';

const dist = 'dist';

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
if (option('--lessons') !== undefined) {
  const lessons = Number(option('--lessons'));
  const runs = Number(option('--runs') ?? 1);
  if (!Number.isInteger(lessons) || lessons < 1 || !Number.isInteger(runs) || runs < 1)
    throw new Error('usage: npm run bench -- --lessons <lessons> [--runs <clean builds>] [--commit <rev>] [--keep]');
  const { scaleBench } = await import('./bench/scale.mjs');
  await scaleBench(lessons, {
    withBuiltSiteInChromium,
    searchTiming,
    runs,
    commit: option('--commit'),
    keep: process.argv.includes('--keep'),
  });
  process.exit(0);
}

function timed(label, cmd, args) {
  const start = performance.now();
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${label} failed`);
  return (performance.now() - start) / 1000;
}

const astroSeconds = timed('astro build', 'npx', ['astro', 'build']);
const pagefindSeconds = timed('pagefind', 'npx', ['pagefind', '--site', dist]);

const budgets = readBudgets('budgets.json');
const rows = Object.entries(pageTypes).map(([type, path]) => ({ type, ...pageWeight(dist, path) }));

console.log(
  `\nBuild: ${(astroSeconds + pagefindSeconds).toFixed(1)} s (astro ${astroSeconds.toFixed(1)} s + pagefind ${pagefindSeconds.toFixed(1)} s)\n`,
);
console.log('KB gz at load  HTML (inline CSS, JS)    CSS      JS   total   budget: HTML   CSS    JS  total');
for (const r of rows) {
  const b = budgets.pages[r.type];
  const cells = [r.css, r.js, r.total].map((n) => kb(n).padStart(7)).join(' ');
  const limits = b ? [b.html, b.css, b.js, b.total].map((n) => kb(n).padStart(5)).join(' ') : '(none)';
  console.log(
    `${r.type.padEnd(12)} ${kb(r.html).padStart(6)} (${kb(r.inlineCss).padStart(4)}, ${kb(r.inlineJs).padStart(4)})  ${cells}   ${limits}`,
  );
}
console.log("Inline JS is Astro's island bootstrap, part of HTML; islands with client:visible load on view, not at load.");

// Each island's own code: everything its component module pulls in, minus Preact and Astro's renderer,
// which every island shares.
console.log('\nIsland             JS KB gz beyond Preact   budget');
for (const name of Object.keys(islandPages)) {
  const island = islandWeight(dist, name);
  if (island) console.log(`${name.padEnd(18)} ${kb(island.gzip).padStart(6)}   ${kb(budgets.islands[name] ?? 0).padStart(19)}`);
}
// The page's full progress store (and its schema) loads when an island hydrates, not at load.
const storeChunk = readdirSync(join(dist, '_astro')).find((f) => /^progress-marks-store\.[\w-]+\.js$/.test(f));
if (storeChunk) {
  const store = scriptClosure(dist, [`/_astro/${storeChunk}`]);
  const bytes = store.reduce((n, u) => n + gzip(readFileSync(join(dist, u))), 0);
  console.log(`Progress store: ${kb(bytes)} KB gz, loaded when an island hydrates (the marks at load read the saved record without it)`);
}

// The search index: everything Pagefind wrote, and what one search downloads in a real browser.
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
const indexFiles = walk(join(dist, 'pagefind'));
const indexBytes = indexFiles.reduce((n, f) => n + statSync(f).size, 0);
console.log(`\nSearch index: ${indexFiles.length} files, ${kb(indexBytes)} KB on disk (loaded in pieces, on first search only)`);
await searchTiming();
await teamTiming();
await lighthouseScores();

console.log(
  "\nBudgets (../shared/design.md, budgets.json): pages without islands ship no JS beyond search; a page carries only its own module's navigation;",
);
console.log(
  'a lesson page at most 16 KB gz at load, 3 KB of it JS; the role-play island within 12 KB beyond Preact; search answers as the learner types.',
);

/** Median time from a typed query to its results on /search/, in Chromium, when Chromium is found. */
async function searchTiming(site = dist) {
  return withBuiltSiteInChromium(
    'Search timing',
    [],
    async ({ browser, url }) => {
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
        // As a learner types: every letter but the last, then the time from the last keystroke to its results.
        const input = page.locator('#search-page-q');
        await input.fill('');
        if (i > 0) {
          await input.pressSequentially(q.slice(0, -1), { delay: 60 });
          await page.waitForTimeout(300);
        }
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
      const median = times[Math.floor(times.length / 2)];
      // The project's everyday questions fit only the project's own course, not a generated one.
      if (site !== dist) return median;
      const { QUESTION_SETS, askAll, readQuestions } = await import('../test/support/search-questions.ts');
      for (const { file } of QUESTION_SETS) {
        const questions = readQuestions(file);
        const quality = await askAll(page, url, questions);
        console.log(
          `Everyday questions (test/search/${file}): ${quality.found} of ${questions.length} (${((quality.found / questions.length) * 100).toFixed(1)} %) find a fitting page in the top three; ${quality.unsure} called no direct answer`,
        );
      }
      console.log(
        `Last keystroke to results, typing, median of ${times.length}: ${median.toFixed(0)} ms (fastest ${times[0].toFixed(0)}, slowest ${times.at(-1).toFixed(0)})`,
      );
      return median;
    },
    site,
  );
}

/**
 * The Team page with 1,000 reports kept from a last visit: how long the slowest keystroke in the paste box takes
 * to be handled and painted (the Event Timing API's duration, which includes rendering), and the median.
 */
async function teamTiming() {
  const { encodeReport } = await import('../src/lib/assignments/report.ts');
  const catalog = JSON.parse(readFileSync(join(dist, 'data', 'catalog.json'), 'utf8'));
  const slugs = catalog.flatMap((m) => m.lessons.map((l) => l.slug)).slice(0, 6);
  const codes = Array.from({ length: 1000 }, (_, n) => {
    const made = encodeReport({
      a: `a-${n % 7}`,
      t: `Refresher ${n % 7}`,
      l: `learner${String(n).padStart(4, '0')}`,
      n: `Learner ${n}`,
      at: '2026-11-20T10:00:00.000Z',
      i: slugs.map((s, k) => (k <= n % 6 ? { s, c: '2026-11-19T10:00:00.000Z', r: 80, k: 75, q: 1 } : { s })),
    });
    if (!made.ok) throw new Error(made.message);
    return made.fragment;
  });
  return withBuiltSiteInChromium('Team page timing', [], async ({ browser, url }) => {
    const page = await browser.newPage();
    await page.goto(`${url}/how-to-use/`);
    await page.evaluate((kept) => localStorage.setItem('glad-to-help:roster-reports', JSON.stringify(kept)), codes);
    await page.goto(`${url}/team/`);
    await page
      .getByText(/Learner 999/)
      .first()
      .waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      window.keyTimes = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (e.name === 'keydown' || e.name === 'input' || e.name === 'keypress')
            window.keyTimes.push({ name: e.name, duration: e.duration });
      }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    });
    await page.locator('#paste-reports').click();
    const typed = 'https://example.org/team/#r1.not-a-real-report';
    await page.keyboard.type(typed, { delay: 30 });
    await page.waitForTimeout(300);
    const entries = await page.evaluate(() => window.keyTimes);
    const times = entries.map((e) => e.duration).sort((a, b) => a - b);
    // One keydown per keystroke (its input and keypress events are timed apart, and are not more keystrokes).
    const slowKeys = entries.filter((e) => e.name === 'keydown').length;
    const rows = await page.locator('table tbody tr').count();
    // Event Timing reports only events of 16 ms or more: fewer entries than keystrokes means the rest were faster.
    const slowest = times.at(-1) ?? 0;
    console.log(
      `\nTeam page, ${rows} roster rows from 1,000 reports: ${slowKeys} of ${typed.length} keystrokes took 16 ms or more to handle and paint; slowest ${slowest.toFixed(0)} ms (goal: under 50)`,
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

/** Serves dist/ (or `site`) and runs `measure` with a Chromium pointed at it, returning what it returns; skips where Chromium is not found. */
async function withBuiltSiteInChromium(label, extraArgs, measure, site = dist) {
  const { findChromium, CHROMIUM_ARGS } = await import('../test/support/chromium.ts');
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(`${label}: skipped, Chromium not found (sudo apt-get install -y chromium)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('../test/support/static-server.ts');
  const { server, url } = await serveStatic(resolve(site));
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] });
  try {
    return await measure({ browser, url });
  } finally {
    await browser.close();
    server.close();
  }
}
