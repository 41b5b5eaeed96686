// `npm run bench -- --lessons N [--runs R] [--commit REV] [--keep]`: how the build scales. Generates a course of
// N lessons (generate-course.mjs) in a temporary directory, builds it with the project's code (astro build, then
// Pagefind; R clean builds, median), and prints build time, CPU time, peak memory, dist/ size and pages, what each
// page type weighs, the search index size and a warm query time. Figures, not pass/fail: the goals are in
// ../shared/design.md.
//
// The build runs from a snapshot of the project (src/, public/, config; node_modules linked) in the same
// temporary directory: the working tree's, or a commit's with --commit, so its generated .astro/ types and
// content cache never touch the working tree's, and edits made to src/ while it runs do not change what is measured.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCourse } from './generate-course.mjs';

const project = resolve(import.meta.dirname, '..', '..');
const SNAPSHOT = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const GNU_TIME = '/usr/bin/time';
// Astro sometimes hangs at exit after "[build] Complete!" (see ../shared/peer-starlight/README.md): give it this long.
const EXIT_GRACE_S = Number(process.env.BUILD_EXIT_GRACE_S ?? 20);
const SEARCH_TERM = 'refund'; // as the Starlight peer bench: in nearly every lesson, so the largest result set
const REPEATS = 20;

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const git = (...args) => spawnSync('git', args, { cwd: project, encoding: 'utf8', maxBuffer: 1 << 30 });

/**
 * Generates, builds and measures a course of `lessons` lessons. `withBuiltSiteInChromium` and `searchTiming`
 * are scripts/bench.mjs's own helpers, passed in so the Chromium code lives in one place.
 */
export async function scaleBench(lessons, { withBuiltSiteInChromium, searchTiming, runs = 1, commit, keep = false }) {
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), `course-scale-${lessons}-`));
  const content = join(work, 'content');
  const site = join(work, 'site');
  const dist = join(work, 'dist');
  const cache = join(work, 'cache');
  try {
    const t = performance.now();
    const course = generateCourse(content, lessons);
    console.log(
      `Generated ${course.lessons} lessons (${course.words.min}–${course.words.max} words each, ${course.words.total} in all), ` +
        `${course.modules} modules, ${course.cards} handbook cards, a role-play and a check a lesson, in ${s(performance.now() - t)}: ${content}`,
    );
    console.log(`Code: ${snapshot(site, commit)}`);
    symlinkSync(join(project, 'node_modules'), join(site, 'node_modules'), 'dir');

    const env = {
      ...process.env,
      COURSE_CONTENT_DIR: content,
      COURSE_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    };
    const astroBin = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
    // The build's own indexing step, as npm run build runs it.
    const pagefindBin = join(project, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
    const builds = [];
    for (let i = 1; i <= runs; i++) {
      rmSync(dist, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
      const astro = await measured([process.execPath, astroBin, 'build', '--outDir', dist], { cwd: site, env, watchExit: true });
      const pagefind = await measured([process.execPath, pagefindBin, '--site', dist], { cwd: site, env });
      builds.push({ astro, pagefind, ms: astro.ms + pagefind.ms });
      console.log(
        `Clean build ${i} of ${runs}: ${s(astro.ms + pagefind.ms)} (astro ${s(astro.ms)}${astro.hung ? ', hung at exit: time to "Complete!"' : ''} + pagefind ${s(pagefind.ms)}), ` +
          `CPU ${cpu(astro, pagefind)}, peak ${mb(Math.max(astro.peakRss ?? 0, pagefind.peakRss ?? 0))}`,
      );
    }
    const mid = [...builds].sort((a, b) => a.ms - b.ms)[Math.floor(builds.length / 2)];
    const { astro, pagefind } = mid;

    const files = walk(dist);
    const html = files.filter((f) => f.path.endsWith('.html'));
    const index = files.filter((f) => f.path.startsWith('pagefind/'));
    const sum = (list) => list.reduce((n, f) => n + f.bytes, 0);
    const peak = Math.max(...builds.flatMap((b) => [b.astro.peakRss ?? 0, b.pagefind.peakRss ?? 0]));

    console.log(`\nScaling, ${course.lessons} lessons (${html.length} pages):`);
    console.log(
      `  build           ${s(astro.ms + pagefind.ms)}${runs > 1 ? ` (median of ${runs})` : ''} (astro ${s(astro.ms)} + pagefind ${s(pagefind.ms)}), CPU ${cpu(astro, pagefind)}`,
    );
    console.log(
      `  peak memory     ${peak ? mb(peak) : 'n/a'} (largest process; astro ${astro.peakRss ? mb(astro.peakRss) : 'n/a'}, pagefind ${pagefind.peakRss ? mb(pagefind.peakRss) : 'n/a'})`,
    );
    console.log(`  dist/           ${mb(sum(files))} in ${files.length} files; HTML ${mb(sum(html))} in ${html.length} pages`);
    console.log(`  search index    ${mb(sum(index))} in ${index.length} files (dist/pagefind)`);
    console.log(`  astro phases    ${astro.phases.map(([name, ms]) => `${name} ${s(ms)}`).join(', ')}`);

    // Where the bytes and the render time go: a page type whose pages grow with the course shows here.
    const renderMs = new Map([...astro.output.matchAll(/[├└]─ (\/\S+) \(\+(\d+)ms\)/g)].map((m) => [m[1], Number(m[2])]));
    const groups = new Map();
    for (const f of html) {
      const type = pageType(f.path);
      const g = groups.get(type) ?? { pages: 0, bytes: 0, largest: 0, largestFile: '', ms: 0 };
      g.pages++;
      g.bytes += f.bytes;
      if (f.bytes > g.largest) Object.assign(g, { largest: f.bytes, largestFile: f.path });
      g.ms += renderMs.get(`/${f.path}`) ?? 0;
      groups.set(type, g);
    }
    console.log('\n  page type        pages   HTML total   average   largest (gz)        render time');
    for (const [type, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
      const gz = gzipSync(readFileSync(join(dist, g.largestFile))).length;
      console.log(
        `  ${type.padEnd(15)} ${String(g.pages).padStart(6)} ${mb(g.bytes).padStart(12)} ${kb(g.bytes / g.pages).padStart(9)} ${kb(g.largest).padStart(9)} (${kb(gz).padStart(8)}) ${s(g.ms).padStart(10)}`,
      );
    }

    const query = await warmQuery(withBuiltSiteInChromium, dist, course.sampleLesson);
    const typedMs = await searchTiming(dist);

    const figures = {
      lessons: course.lessons,
      pages: html.length,
      buildS: +((astro.ms + pagefind.ms) / 1000).toFixed(1),
      astroS: +(astro.ms / 1000).toFixed(1),
      pagefindS: +(pagefind.ms / 1000).toFixed(1),
      runsS: builds.map((b) => +(b.ms / 1000).toFixed(1)),
      cpuS: astro.cpuS === null ? null : +(astro.cpuS + pagefind.cpuS).toFixed(1),
      peakRssMB: peak ? +(peak / 1e6).toFixed(0) : null,
      distMB: +(sum(files) / 1e6).toFixed(1),
      distFiles: files.length,
      htmlMB: +(sum(html) / 1e6).toFixed(1),
      searchIndexMB: +(sum(index) / 1e6).toFixed(2),
      searchIndexFiles: index.length,
      warmQueryMs: query?.warmMs ?? null,
      queryResults: query?.results ?? null,
      searchPageQueryMs: typedMs === undefined ? null : +typedMs.toFixed(1),
    };
    console.log(`\n${JSON.stringify(figures)}`);
    console.log(`Scaling bench done in ${s(performance.now() - started)}.`);
    return figures;
  } finally {
    if (keep) console.log(`Kept ${work} (--keep)`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** Runs a command; wall time, peak RSS of its largest process (GNU time, else sampled) and its output. */
function measured([cmd, ...args], { cwd, env, watchExit = false }) {
  const gnuTime = existsSync(GNU_TIME);
  const markers = [
    [/\[content\] Syncing content/, 'content'],
    [/Building static entrypoints/, 'bundle'],
    [/Rearranging server assets/, 'render'],
    [/\[build\] Complete!/, 'done'],
  ];
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = gnuTime ? spawn(GNU_TIME, ['-v', cmd, ...args], { cwd, env }) : spawn(cmd, args, { cwd, env });
    let output = '';
    let completeAt = null;
    let hung = false;
    let grace;
    let sampled = 0;
    const seen = [];
    // The process to watch or stop: the command itself, under GNU time its only child.
    const commandPid = () => {
      if (!gnuTime) return child.pid;
      try {
        return Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]) || undefined;
      } catch {
        return undefined;
      }
    };
    const sampler = gnuTime
      ? undefined
      : setInterval(() => {
          try {
            const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (hwm) sampled = Math.max(sampled, Number(hwm[1]) * 1024);
          } catch {
            /* exited */
          }
        }, 200);
    const onData = (chunk) => {
      output += chunk;
      for (const [re, name] of markers) {
        if (!seen.some(([n]) => n === name) && re.test(output)) seen.push([name, performance.now() - start]);
      }
      if (watchExit && completeAt === null && /\[build\] Complete!/.test(output)) {
        completeAt = performance.now();
        grace = setTimeout(() => {
          hung = true;
          const pid = commandPid();
          if (pid) process.kill(pid, 'SIGTERM');
        }, EXIT_GRACE_S * 1000);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.on('close', (code) => {
      clearTimeout(grace);
      clearInterval(sampler);
      const ms = (hung ? completeAt : performance.now()) - start;
      if (code !== 0 && !hung) {
        console.error(output.slice(-6000));
        fail(new Error(`${relative(project, args[0] ?? cmd)} failed (exit ${code})`));
        return;
      }
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      const user = /User time \(seconds\): ([\d.]+)/.exec(output);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(output);
      // Time between markers: content sync, bundling (Vite), rendering pages, then writing out.
      const phases = seen.map(([name, at], i) => [name, (seen[i + 1]?.[1] ?? ms) - at]).filter(([name]) => name !== 'done');
      const cpuS = user && sys ? Number(user[1]) + Number(sys[1]) : null;
      done({ ms, hung, peakRss: rss ? Number(rss[1]) * 1024 : sampled || null, cpuS, output, phases });
    });
  });
}

/** CPU time (user + system) of a build's two steps, where GNU time measured it. */
const cpu = (astro, pagefind) => (astro.cpuS === null ? 'n/a' : `${(astro.cpuS + pagefind.cpuS).toFixed(1)} s`);

/** Copies the code that builds the course into `site`: the working tree's, or that of `commit`. Says which. */
function snapshot(site, commit) {
  mkdirSync(site, { recursive: true });
  if (!commit) {
    for (const entry of SNAPSHOT)
      if (existsSync(join(project, entry))) cpSync(join(project, entry), join(site, entry), { recursive: true });
    const changed = git('status', '--porcelain', '--', ...SNAPSHOT)
      .stdout.trim()
      .split('\n')
      .filter(Boolean).length;
    return `working tree (${git('rev-parse', '--short', 'HEAD').stdout.trim()}${changed ? ` + ${changed} changed files` : ''})`;
  }
  const paths = SNAPSHOT.filter((p) => git('cat-file', '-e', `${commit}:${p}`).status === 0);
  const archive = spawnSync('git', ['archive', '--format=tar', commit, ...paths], { cwd: project, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr}`);
  const untar = spawnSync('tar', ['-x', '-C', site], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  return `commit ${git('log', '-1', '--format=%h %s', commit).stdout.trim().slice(0, 100)}`;
}

/** Every file under dir, with its path relative to dir and its size. */
function walk(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? walk(path, base) : [{ path: relative(base, path), bytes: statSync(path).size }];
  });
}

function pageType(path) {
  if (/^modules\/[^/]+\/index\.html$/.test(path)) return 'module';
  if (/^modules\/[^/]+\/[^/]+\/index\.html$/.test(path)) return 'lesson';
  if (path.startsWith('practice/')) return 'role-play script';
  if (/^handbook\/[^/]+\/index\.html$/.test(path)) return 'handbook card';
  return path.replace(/\/?index\.html$/, '') || 'home';
}

/**
 * The Starlight peer bench's method, on one lesson page: import Pagefind, search once (cold), then the median
 * of 20 further `pagefind.search()` calls (warm), with and without loading the top five results' data.
 */
function warmQuery(withBuiltSiteInChromium, dist, lessonPath) {
  return withBuiltSiteInChromium(
    'Warm query',
    [],
    async ({ browser, url }) => {
      const page = await browser.newPage();
      await page.goto(`${url}${lessonPath}`, { waitUntil: 'load' });
      const r = await page.evaluate(
        async ({ term, repeats }) => {
          const pagefind = await import('/pagefind/pagefind.js');
          await pagefind.init();
          const t0 = performance.now();
          const first = await pagefind.search(term);
          const coldMs = performance.now() - t0;
          const warm = [];
          const withData = [];
          for (let i = 0; i < repeats; i++) {
            const a = performance.now();
            const res = await pagefind.search(term);
            const b = performance.now();
            await Promise.all(res.results.slice(0, 5).map((x) => x.data()));
            warm.push(b - a);
            withData.push(performance.now() - a);
          }
          return { results: first.results.length, coldMs, warm, withData };
        },
        { term: SEARCH_TERM, repeats: REPEATS },
      );
      const figures = { results: r.results, warmMs: +median(r.warm).toFixed(1), withDataMs: +median(r.withData).toFixed(1) };
      console.log(
        `\nPagefind "${SEARCH_TERM}" on ${lessonPath} (${r.results} results): first search ${r.coldMs.toFixed(0)} ms; ` +
          `warm median of ${REPEATS} ${figures.warmMs} ms, with the top 5 results' data ${figures.withDataMs} ms`,
      );
      return figures;
    },
    dist,
  );
}
