// What a page of the built site makes a browser download before the learner interacts, in gzipped bytes.
// One module for `npm run bench` (prints it) and test/build/budgets.test.ts (holds it to budgets.json).
//
// "At load, before interaction", per page:
//   html   the HTML document as served, gzipped, with everything inline in it: <style> blocks (the site
//          inlines its stylesheets) and inline <script>s (Astro's island bootstrap, on pages with islands);
//   css    the stylesheet files the page links (<link rel="stylesheet">): render-blocking requests (print-only ones are not);
//   js     the script files that run at load: every <script src>, everything those import statically, and
//          the component and renderer of each island that hydrates without being seen (client:load, :idle,
//          :only). An island with client:visible loads when it comes into view (or client:media when its
//          media query matches) and counts as interaction: keep such islands below the first screen. What a
//          script loads with import() loads on use and is not counted. These are the files Lighthouse's
//          budgets count as "script"; inline scripts are part of html (and shown on their own as inlineJs);
//   total  html + css + js: the bytes on the wire, each file gzipped on its own as a server sends it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One page of each kind: what the bench measures and budgets.json holds to budgets. */
export const pageTypes: Record<string, string> = {
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

/** Each island, and the page it is measured on. */
export const islandPages: Record<string, string> = {
  RolePlay: '/modules/why-service-matters/glad-or-mad/',
  KnowledgeCheck: '/modules/why-service-matters/glad-or-mad/',
  CompleteLesson: '/modules/why-service-matters/glad-or-mad/',
  SearchPanel: '/search/',
  MyAssignments: '/',
  ProgressDashboard: '/progress/',
  OpenAssignment: '/assignment/',
  AssignBuilder: '/assign/',
  TeamRoster: '/team/',
};

/** Preact and Astro's Preact renderer: every island shares them, so an island's own weight leaves them out. */
export const isSharedRuntime = (url: string) =>
  /\/(preact\.module|hooks\.module|jsxRuntime\.module|signals\.module|client)\.[\w-]+\.js$/.test(url);

/** The header's search shortcut (on every page), and what it imports. */
export const isSearchShortcut = (url: string) => /\/_astro\/SiteHeader\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(url);

export const gzip = (body: Buffer | string) => (body.length ? gzipSync(body, { level: 6 }).length : 0);
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export interface Asset {
  url: string;
  raw: number;
  gzip: number;
}

export interface IslandAtLoad {
  name: string;
  /** Its client directive: load, idle, visible, media or only. */
  client: string;
  atLoad: boolean;
}

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  rawHtml: number;
  /** Gzipped inline <style> and <script> content (part of html). */
  inlineCss: number;
  inlineJs: number;
  stylesheets: Asset[];
  scripts: Asset[];
  islands: IslandAtLoad[];
}

export const pageFile = (dist: string, path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

const assetOf = (dist: string, url: string): Asset => {
  const body = readFileSync(join(dist, url.split(/[?#]/)[0]!));
  return { url, raw: body.length, gzip: gzip(body) };
};

/** Every module the given scripts pull in through static imports (not dynamic import()), themselves included. */
export function scriptClosure(dist: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    const clean = url.split(/[?#]/)[0]!;
    if (seen.has(clean) || !existsSync(join(dist, clean))) return;
    seen.add(clean);
    const code = readFileSync(join(dist, clean), 'utf8');
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) visit(new URL(m[1]!, `http://x${clean}`).pathname);
  };
  entries.forEach(visit);
  return [...seen];
}

const attribute = (tag: string, name: string) =>
  (new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** What one built page loads before interaction (see the definitions at the top of this file). */
export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(pageFile(dist, path), 'utf8');
  // A print stylesheet (media="print") neither blocks rendering nor applies on screen: not counted.
  const stylesheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .filter((m) => attribute(m[0], 'media') !== 'print')
    .map((m) => attribute(m[0], 'href'))
    .filter((href) => href.startsWith('/'))
    .map((href) => assetOf(dist, href));
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => {
    const client = attribute(m[0], 'client');
    const componentUrl = attribute(m[0], 'component-url');
    return {
      name: /\/([\w-]+)\.[\w-]+\.js$/.exec(componentUrl)?.[1] ?? componentUrl,
      client,
      atLoad: client !== 'visible' && client !== 'media',
      urls: [componentUrl, attribute(m[0], 'renderer-url')].filter(Boolean),
    };
  });
  const eager = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
    ...islands.filter((i) => i.atLoad).flatMap((i) => i.urls),
  ];
  const scripts = scriptClosure(dist, eager).map((url) => assetOf(dist, url));
  const inline = (re: RegExp) => gzip([...html.matchAll(re)].map((m) => m[1]).join(''));
  const sum = (assets: Asset[]) => assets.reduce((n, a) => n + a.gzip, 0);
  const document = gzip(html);
  return {
    path,
    html: document,
    css: sum(stylesheets),
    js: sum(scripts),
    total: document + sum(stylesheets) + sum(scripts),
    rawHtml: Buffer.byteLength(html),
    inlineCss: inline(/<style\b[^>]*>([\s\S]*?)<\/style>/g),
    inlineJs: inline(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g),
    stylesheets,
    scripts,
    islands: islands.map(({ name, client, atLoad }) => ({ name, client, atLoad })),
  };
}

export interface IslandWeight {
  name: string;
  path: string;
  files: string[];
  gzip: number;
}

/** An island's own JS: its component module and what it imports statically, less Preact and the renderer. */
export function islandWeight(dist: string, name: string, path = islandPages[name]): IslandWeight | undefined {
  if (!path || !existsSync(pageFile(dist, path))) return undefined;
  const html = readFileSync(pageFile(dist, path), 'utf8');
  const url = new RegExp(`component-url="([^"]*/${name}\\.[\\w-]+\\.js)"`).exec(html)?.[1];
  if (!url) return undefined;
  const files = scriptClosure(dist, [url]).filter((u) => !isSharedRuntime(u));
  return { name, path, files, gzip: files.reduce((n, u) => n + assetOf(dist, u).gzip, 0) };
}

/** budgets.json: bytes gzipped, per page type and part, and per island beyond Preact. */
export type PageBudget = Record<'html' | 'css' | 'js' | 'inlineJs' | 'total', number>;
export interface Budgets {
  pages: Record<string, PageBudget>;
  /** Every lesson page but the measured one: the same JS, a little more text. */
  anyLesson: PageBudget;
  islands: Record<string, number>;
}

export const readBudgets = (file: string): Budgets => JSON.parse(readFileSync(file, 'utf8')) as Budgets;
