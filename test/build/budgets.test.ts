import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isSearchShortcut,
  islandPages,
  islandWeight,
  pageTypes,
  pageWeight,
  readBudgets,
  scriptClosure,
  type PageWeight,
} from '../../scripts/lib/page-weight.ts';
import { builtPages, distDir } from '../support/dist.ts';

// budgets.json over the built dist/: what each page type loads before the learner interacts, and each
// island's own JavaScript (scripts/lib/page-weight.ts says exactly what is counted).
const budgets = readBudgets(join(import.meta.dirname, '..', '..', 'budgets.json'));
const parts = ['html', 'css', 'js', 'inlineJs', 'total'] as const;
const pages = builtPages();

/** One line per part over its budget, naming the page, the part, its bytes and the budget. */
function overBudget(type: string, weight: PageWeight, budget: Record<(typeof parts)[number], number>): string[] {
  return parts
    .filter((part) => weight[part] > budget[part])
    .map(
      (part) => `${type} page ${weight.path}: ${part} is ${weight[part]} B gzipped, over its budget of ${budget[part]} B (budgets.json)`,
    );
}

describe('budgets', () => {
  it('budgets.json has every part for every page type the bench measures, and a budget for every island', () => {
    expect(Object.keys(budgets.pages).sort()).toEqual(Object.keys(pageTypes).sort());
    for (const [type, budget] of Object.entries(budgets.pages)) expect(Object.keys(budget).sort(), type).toEqual([...parts].sort());
    expect(Object.keys(budgets.islands).sort()).toEqual(Object.keys(islandPages).sort());
  });

  it.each(Object.entries(pageTypes))('the %s page (%s) stays within its budget at load', (type, path) => {
    expect(overBudget(type, pageWeight(distDir, path), budgets.pages[type]!)).toEqual([]);
  });

  it('every lesson page stays within the budget for any lesson, not only the one the bench measures', () => {
    const lessons = pages.filter((p) => /^\/modules\/[^/]+\/[^/]+\/$/.test(p.path));
    expect(lessons.length).toBeGreaterThan(0);
    expect(budgets.anyLesson.total - budgets.pages['lesson']!.total).toBeLessThanOrEqual(1024);
    expect(budgets.anyLesson.js).toBe(budgets.pages['lesson']!.js);
    expect(lessons.flatMap((p) => overBudget('lesson', pageWeight(distDir, p.path), budgets.anyLesson))).toEqual([]);
  });

  it.each(Object.keys(islandPages))('the %s island stays within its budget beyond Preact', (name) => {
    const island = islandWeight(distDir, name);
    expect(island, `${name} is not on ${islandPages[name]}`).toBeDefined();
    const budget = budgets.islands[name]!;
    if (island!.gzip > budget) {
      expect.fail(
        `${name} island: ${island!.gzip} B gzipped beyond Preact (${island!.files.join(', ')}), over its budget of ${budget} B (budgets.json)`,
      );
    }
  });

  it('no page links a stylesheet that blocks rendering: each inlines its own CSS, and links only its print rules', () => {
    expect(pages.filter((p) => p.root.querySelector('link[rel="stylesheet"]:not([media="print"])')).map((p) => p.path)).toEqual([]);
    expect(pages.filter((p) => !p.root.querySelector('link[rel="stylesheet"][media="print"]')).map((p) => p.path)).toEqual([]);
  });

  it('islands on lesson pages wait until they are seen, so they cost nothing at load', () => {
    for (const island of pageWeight(distDir, pageTypes['lesson']!).islands)
      expect(island, island.name).toMatchObject({ client: 'visible' });
  });

  it('@preact/signals never loads: no island takes a signal, so the renderer never imports it', () => {
    expect(pages.filter((p) => p.root.querySelector('[data-preact-signals]')).map((p) => p.path)).toEqual([]);
    const loaded = Object.entries(pageTypes).flatMap(([, path]) => pageWeight(distDir, path).scripts.map((s) => s.url));
    const islands = Object.keys(islandPages).flatMap((name) => islandWeight(distDir, name)?.files ?? []);
    expect([...loaded, ...islands].filter((url) => /signals/.test(url))).toEqual([]);
  });

  it('a page without islands or progress marks loads no script but the header search shortcut', () => {
    const shortcut = pages[0]!.root
      .querySelectorAll('script[src]')
      .map((s) => s.getAttribute('src') ?? '')
      .find(isSearchShortcut);
    expect(shortcut).toBeDefined();
    const allowed = new Set(scriptClosure(distDir, [shortcut!]));
    const plain = pages.filter(
      (p) => !p.root.querySelector('astro-island, [data-lesson-status], [data-module-progress], [data-continue], [data-visit-lesson]'),
    );
    expect(plain.map((p) => p.path)).toEqual(expect.arrayContaining(['/how-to-use/', '/404.html', '/handbook/']));
    for (const page of plain) {
      const extra = pageWeight(distDir, page.path).scripts.filter((s) => !allowed.has(s.url));
      expect(
        extra.map((s) => s.url),
        page.path,
      ).toEqual([]);
    }
  });
});
