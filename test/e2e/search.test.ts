import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser, openPage } from '../support/browser.ts';

const base = inject('baseURL');
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
});
afterAll(async () => {
  await browser?.close();
});

/** Titles of the results for a query typed on the search page, best first. */
async function topTitles(query: string, extra = ''): Promise<string[]> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page
    .locator('#search-page-status')
    .filter({ hasText: /results? for|No results|No direct answer/ })
    .waitFor();
  return page.locator('.search-results > li > a .title-text').allTextContents();
}

describe('search in a real browser', () => {
  it('shows a handbook card that answers first, as the quick answer with its line to say, and leaves role-play scripts out', async () => {
    const top = await topTitles('customer wants to speak to my supervisor');
    expect(top[0]).toBe('When a customer asks for your manager');
    await expect(page.locator('.search-result.quick .badge').textContent()).resolves.toBe('Quick answer');
    await expect(page.locator('.search-result.quick .result-excerpt').textContent()).resolves.toMatch(/^Say: “/);
    expect(await page.locator('.badge[data-type="Role-play"]').count()).toBe(0);
  });

  it('says when it has no direct answer, and offers the handbook', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('how do i report a shoplifter')}`);
    await page
      .locator('#search-page-status')
      .filter({ hasText: /No direct answer|No results/ })
      .waitFor();
    await page.getByRole('link', { name: 'Browse all handbook cards' }).waitFor();
  });

  it('a filter narrows the results, and the address keeps the query and the filter', async () => {
    const count = async () => Number(/^(\d+) result/.exec((await page.locator('#search-page-status').textContent()) ?? '')?.[1]);
    await topTitles('phone');
    const all = await count();
    await page.locator('.search-filters summary').click();
    await page.getByLabel('Handbook card').check();
    await page.waitForFunction(() => location.search.includes('type=Handbook+card'));
    await page.waitForFunction((before) => {
      const shown = Number(/^(\d+) result/.exec(document.querySelector('#search-page-status')?.textContent ?? '')?.[1]);
      return shown > 0 && shown < before;
    }, all);
    const narrowed = await page.locator('.search-results .badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
    expect(await count()).toBeGreaterThan(0);
    expect(await count()).toBeLessThan(all);
    expect(narrowed.every((t) => t === 'Handbook card')).toBe(true);

    // The URL restores the same search, filter included.
    await page.goto(page.url());
    await page
      .locator('#search-page-status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    await expect(page.locator('#search-page-q').inputValue()).resolves.toBe('phone');
    await expect(page.getByLabel('Handbook card').isChecked()).resolves.toBe(true);
    await expect(page.locator('.search-results .badge').count()).resolves.toBe(narrowed.length);
  });

  it('from any page header, by keyboard alone: "/" opens search, arrows pick a result, the page marks the words', async () => {
    const { page: p, context, errors } = await openPage(browser);
    await p.goto(`${base}/modules/why-service-matters/glad-or-mad/`);
    await p.keyboard.press('/');
    const dialog = p.getByRole('dialog', { name: 'Search' });
    await dialog.getByLabel('Search the course').waitFor();
    await p.keyboard.type('apologize');
    await dialog.locator('[role="status"]').filter({ hasText: '“apologize”' }).waitFor();
    await p.keyboard.press('ArrowDown');
    // The card that answers comes first, as the quick answer.
    await expect(p.evaluate(() => document.activeElement?.querySelector('.title-text')?.textContent)).resolves.toBe(
      'The apology-and-remedy steps',
    );
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/apology-and-remedy\/\?highlight=apologize/);
    expect(await p.locator('[data-pagefind-body] mark.search-hit').count()).toBeGreaterThan(0);

    // Ctrl+K opens it too, and Escape closes it.
    await p.keyboard.press('Control+k');
    await dialog.getByLabel('Search the course').waitFor();
    await p.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the header search is a plain form that goes to the search page', async () => {
    const { page: p, context } = await openPage(browser, { javaScriptEnabled: false });
    await p.goto(`${base}/how-to-use/`);
    await p.getByRole('searchbox', { name: 'Search the course' }).fill('thank you');
    await p.getByRole('button', { name: 'Search', exact: true }).click();
    await p.waitForURL(/\/search\/\?q=thank\+you$/);
    await context.close();
  });

  it('has no axe-core violations on the search page with results, and in the open dialog, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page: p, context } = await openPage(browser, { colorScheme });
      await p.goto(`${base}/search/?q=${encodeURIComponent('angry customer')}`);
      await p.locator('.search-results').waitFor();
      await p.locator('.search-filters summary').click();
      expect(describeViolations(await axeViolations(p)), `${colorScheme}: search page`).toEqual([]);
      await p.goto(`${base}/handbook/`);
      await p.keyboard.press('Control+k');
      await p.locator('#search-dialog input[type="search"]:focus').waitFor();
      await p.keyboard.type('phone');
      await p.locator('#search-dialog .search-results').waitFor();
      expect(describeViolations(await axeViolations(p)), `${colorScheme}: dialog`).toEqual([]);
      await context.close();
    }
  });
});
