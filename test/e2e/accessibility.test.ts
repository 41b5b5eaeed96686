import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { pageTypes } from './pages.ts';

const base = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const cases = Object.entries(pageTypes).flatMap(([type, path]) =>
  (['light', 'dark'] as const).map((scheme) => [type, scheme, path] as const),
);

describe('accessibility of every page type', () => {
  it.each(cases)('%s page in %s mode: axe-core finds no violations', async (_type, scheme, path) => {
    const { page, context } = await openPage(browser, { colorScheme: scheme });
    await page.goto(`${base}${path}`);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await context.close();
  });

  it.each(Object.entries(pageTypes))('%s page fits a 320 px wide screen without sideways scrolling', async (_type, path) => {
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(`${base}${path}`);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    await context.close();
  });

  it('shows a visible focus ring on links reached by keyboard', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}${pageTypes.lesson}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it('prints a lesson without the site navigation', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}${pageTypes.lesson}`);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header nav', '.module-nav', '.pager', '.site-footer'].map(
        (s) => getComputedStyle(document.querySelector(s) as Element).display,
      ),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none']);
    await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
