import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';

const base = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a new hire finds their way through module 1', () => {
  it('goes home → module → lesson → next lesson, with no console errors', async () => {
    const { page, errors, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${base}/`);
    await expect(page.title()).resolves.toContain('Glad to Help');

    await page
      .getByRole('link', { name: /Why service matters/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Why service matters', exact: true }).waitFor();

    await page.getByRole('link', { name: 'Start the module' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Glad or mad');
    await expect(page.getByText('Lesson 1 of 4').count()).resolves.toBe(1);

    await page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Service is everyone['’]s job$/);
    await expect(page.getByText('Lesson 2 of 4').count()).resolves.toBe(1);
    expect(page.url()).toBe(`${base}/modules/why-service-matters/service-is-everyones-job/`);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Start here" on the home page opens the first lesson', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: /Start here/ }).click();
    expect(new URL(page.url()).pathname).toBe('/modules/why-service-matters/glad-or-mad/');
    await context.close();
  });

  it('the skip link takes a keyboard user straight to the content', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/modules/why-service-matters/glad-or-mad/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('main')))).resolves.toBe(true);
    await context.close();
  });

  it('an unknown address shows the 404 page with a way back', async () => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(`${base}/modules/nowhere/`);
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: 'Back to the course home' }).click();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});
