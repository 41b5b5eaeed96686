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
    .filter({ hasText: /results? for|No results/ })
    .waitFor();
  return page.locator('.search-results > li > a').allTextContents();
}

// What people type, in their own words, and the pages that answer it (any one of them in the top three).
const questions: [string, string[]][] = [
  ['answer the phone', ['Answering the phone', 'Phone greeting script']],
  ['angry customer', ['De-escalation steps', "In the customer's shoes", 'Hear the whole complaint']],
  ['apologize', ['Apologize like you mean it', 'The apology-and-remedy steps']],
  ['call back', ['Do what you say you will do', 'Follow-up and response times', 'Response-time standards']],
  ['how much can I spend to fix a problem', ['The judgment playing field', 'What I may decide on my own']],
  ['thank you', ['Say thank you', 'The magic words']],
  // One per module, in a learner's words.
  ['does one bad visit matter', ['Glad or mad']],
  ['what do I say when someone walks in', ['The warm welcome', 'In-person greeting steps']],
  ['how often should I update someone waiting', ['Follow-up and response times', 'Response-time standards']],
  ['how do I show I understand how they feel', ["In the customer's shoes"]],
  ['customer swearing at me', ['When the customer crosses a line', 'De-escalation steps']],
  [
    'promise delivery date',
    ["Keep promises; don't waste effort exceeding them", 'Do what you say you will do', 'Follow-up and response times'],
  ],
  ['check in before they complain', ['Be proactive', 'Follow-up checklist']],
  ["my manager won't let me decide", ['What I may decide on my own', 'The judgment playing field', 'Two miracles at once']],
  ['new manager first week', ['Connect. Inspire. Empower.']],
  ['is service my job if I work in the back', ["Service is everyone's job"]],
];

describe('search in a real browser', () => {
  it.each(questions)('"%s" finds the right page in the top three', async (query, answers) => {
    const top = (await topTitles(query)).slice(0, 3);
    expect(
      top.some((t) => answers.includes(t)),
      `top three: ${top.join(' | ')}`,
    ).toBe(true);
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
    const narrowed = await page.locator('.search-results .result-meta').allTextContents();
    expect(await count()).toBeGreaterThan(0);
    expect(await count()).toBeLessThan(all);
    expect(narrowed.every((m) => m.startsWith('Handbook card'))).toBe(true);

    // The URL restores the same search, filter included.
    await page.goto(page.url());
    await page
      .locator('#search-page-status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    await expect(page.locator('#search-page-q').inputValue()).resolves.toBe('phone');
    await expect(page.getByLabel('Handbook card').isChecked()).resolves.toBe(true);
    await expect(page.locator('.search-results .result-meta').count()).resolves.toBe(narrowed.length);
  });

  it('from any page header, by keyboard alone: "/" opens search, arrows pick a result, the page marks the words', async () => {
    const { page: p, context, errors } = await openPage(browser);
    await p.goto(`${base}/modules/why-service-matters/glad-or-mad/`);
    await p.keyboard.press('/');
    const dialog = p.getByRole('dialog', { name: 'Search' });
    await dialog.getByLabel('Search the course').waitFor();
    await p.keyboard.type('apologize');
    await dialog.locator('.search-results').waitFor();
    await p.keyboard.press('ArrowDown');
    await expect(p.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Apologize like you mean it');
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/apologize-like-you-mean-it\/\?highlight=apologize/);
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
