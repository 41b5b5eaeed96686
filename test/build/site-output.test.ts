import { loadCourseContent } from '../support/content.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath } from '../support/dist.ts';

const pages = builtPages();
const pageTypes = ['/', '/how-to-use/', '/progress/', '/404.html', '/search/', '/handbook/'];
/** The one script every page may load: the header's search shortcuts (its dialog code loads on first use). */
const isSearchScript = (src: string | undefined) =>
  /\/_astro\/SiteHeader\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(src ?? '');
const scriptsBeyondSearch = (page: (typeof pages)[number]) =>
  page.root.querySelectorAll('script').filter((s) => !isSearchScript(s.getAttribute('src')));

describe('built site', () => {
  it('has the home, how-to-use, 404, module and lesson pages', () => {
    const paths = pages.map((p) => p.path);
    for (const p of pageTypes) expect(paths).toContain(p);
    expect(paths.filter((p) => /^\/modules\/[^/]+\/$/.test(p)).length).toBeGreaterThan(0);
    expect(paths.filter((p) => /^\/modules\/[^/]+\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(4);
  });

  it('ships no JavaScript beyond the search shortcut on pages that have nothing interactive', () => {
    for (const path of ['/how-to-use/', '/404.html', '/handbook/']) {
      const page = pages.find((p) => p.path === path)!;
      expect(page.root.querySelectorAll('script').map((s) => s.getAttribute('src'))).toHaveLength(1);
      expect(scriptsBeyondSearch(page)).toHaveLength(0);
    }
  });

  it('has a handbook card page for every card, each linking to the lessons that teach it, and each of those lessons linking back', () => {
    const cards = pages.filter((p) => /^\/handbook\/[^/]+\/$/.test(p.path));
    expect(cards.length).toBe(loadCourseContent().cards.length);
    for (const card of cards) {
      const taught = card.root.querySelectorAll('section[aria-labelledby="taught-in"] a').map((a) => a.getAttribute('href') ?? '');
      expect(taught.length, card.path).toBeGreaterThan(0);
      for (const href of taught) {
        const lesson = pages.find((p) => p.path === href);
        expect(
          lesson?.root.querySelectorAll('.in-handbook a').map((a) => a.getAttribute('href')),
          `${href} links back to ${card.path}`,
        ).toContain(card.path);
      }
    }
  });

  it('indexes only main content for search: lessons, cards and role-play scripts, never the header or footer', () => {
    const indexed = pages.filter((p) => p.root.querySelector('[data-pagefind-body]'));
    const types = new Set(
      indexed.flatMap((p) => p.root.querySelectorAll('[data-pagefind-filter^="type:"]').map((e) => e.getAttribute('data-pagefind-filter'))),
    );
    expect([...types].sort()).toEqual(['type:Handbook card', 'type:Lesson', 'type:Role-play']);
    for (const p of indexed) {
      expect(
        p.root.querySelector('[data-pagefind-body] header, [data-pagefind-body] footer, [data-pagefind-body] nav[aria-label="Site"]'),
        p.path,
      ).toBeNull();
      expect(p.root.querySelectorAll('[data-pagefind-body]'), p.path).toHaveLength(1);
    }
  });

  it('shows on every lesson and card the everyday questions it answers', () => {
    const answered = pages.filter((p) => /^\/(modules\/[^/]+\/[^/]+|handbook\/[^/]+)\/$/.test(p.path));
    for (const p of answered) expect(p.root.querySelectorAll('.questions li').length, p.path).toBeGreaterThanOrEqual(2);
  });

  describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
    it('has one h1, a title, a language and a meta description', () => {
      expect(page.root.querySelectorAll('h1')).toHaveLength(1);
      expect(page.root.querySelector('title')?.text.trim()).toBeTruthy();
      expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    });

    it('has headings that never skip a level', () => {
      const levels = page.root.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
      levels.forEach((level, i) => {
        if (i > 0) expect(level, `heading ${i} after h${levels[i - 1]}`).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
      });
    });

    it('links only to pages and anchors that exist', () => {
      const broken: string[] = [];
      for (const a of page.root.querySelectorAll('a[href], link[href]')) {
        const href = a.getAttribute('href') ?? '';
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const target = new URL(href, `http://site${page.path}`);
        const file = fileForPath(target.pathname);
        if (!file) {
          broken.push(href);
          continue;
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && file.endsWith('.html') && !parse(readFileSync(file, 'utf8')).getElementById(id)) broken.push(href);
      }
      expect(broken).toEqual([]);
    });

    it('carries a content security policy without unsafe-inline scripts', () => {
      const csp = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1];
      expect(scriptSrc, 'script-src directive').toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
    });

    it('loads scripts only for its islands, progress marks and the search shortcut', () => {
      const needsScript =
        page.root.querySelectorAll('astro-island, [data-lesson-status], [data-module-progress], button[data-hear]').length > 0;
      const scripts = scriptsBeyondSearch(page).map((s) => s.outerHTML.slice(0, 80));
      if (needsScript) expect(scripts.length).toBeGreaterThan(0);
      else expect(scripts).toEqual([]);
    });
  });
});
