import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, fileForPath } from '../support/dist.ts';

const pages = builtPages();
const pageTypes = ['/', '/how-to-use/', '/progress/', '/404.html'];

describe('built site', () => {
  it('has the home, how-to-use, 404, module and lesson pages', () => {
    const paths = pages.map((p) => p.path);
    for (const p of pageTypes) expect(paths).toContain(p);
    expect(paths.filter((p) => /^\/modules\/[^/]+\/$/.test(p)).length).toBeGreaterThan(0);
    expect(paths.filter((p) => /^\/modules\/[^/]+\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(4);
  });

  it('ships no JavaScript on pages that have nothing interactive', () => {
    for (const path of ['/how-to-use/', '/404.html']) {
      expect(pages.find((p) => p.path === path)?.root.querySelectorAll('script')).toHaveLength(0);
    }
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
        if (!file) { broken.push(href); continue; }
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

    it('loads scripts only for its islands and progress marks', () => {
      const needsScript = page.root.querySelectorAll('astro-island, [data-lesson-status], [data-module-progress]').length > 0;
      const scripts = page.root.querySelectorAll('script').map((s) => s.outerHTML.slice(0, 80));
      if (needsScript) expect(scripts.length).toBeGreaterThan(0);
      else expect(scripts).toEqual([]);
    });
  });
});
