import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { loadCourseContent } from '../support/content.ts';
import { answerCheck, hydrated } from './lesson-actions.ts';

// A new hire on a phone (390 × 844, touch): a header that leaves room for the lesson, a role-play whose
// reaction stays in view, a clear end of each lesson, and a certificate at the end of onboarding.
const base = inject('baseURL');
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const KEY = 'glad-to-help:progress';
const NOW = '2026-11-30T10:00:00.000Z';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .last()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });

/** A saved record in which these lessons are complete. */
const completed = (slugs: readonly string[]) =>
  JSON.stringify({
    version: 2,
    lessons: Object.fromEntries(slugs.map((s) => [s, { firstVisit: NOW, lastVisit: NOW, completion: { done: true, at: NOW } }])),
    activities: {},
    assignments: {},
  });

describe('the new hire on a phone', () => {
  it('has a header of one row, at most 100 px, with a menu that holds the managers’ pages and no keyboard hints', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    for (const path of [
      '/',
      '/modules/why-service-matters/',
      '/modules/why-service-matters/glad-or-mad/',
      '/handbook/',
      '/search/',
      '/progress/',
    ]) {
      await page.goto(`${base}${path}`);
      const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual(100);
      expect(await page.getByText('Ctrl K').isVisible(), path).toBe(false);
    }
    await page.getByRole('button', { name: 'Menu' }).click();
    const menu = page.getByRole('navigation', { name: 'Site' });
    await menu.getByRole('link', { name: 'Assign lessons' }).waitFor();
    await expect(menu.getByText('For managers').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows at least three compact search results on the first screen', async () => {
    const { page, context } = await openPage(browser, phone);
    await page.goto(`${base}/search/?q=${encodeURIComponent('angry customer yelling')}`);
    await page
      .locator('#search-page-status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    const bottoms = await page
      .locator('.search-results > li')
      .evaluateAll((items) => items.slice(0, 3).map((li) => li.getBoundingClientRect().bottom));
    expect(bottoms).toHaveLength(3);
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(844);
    await context.close();
  });

  it('keeps the mood and the newest reaction on screen after every reply of a role-play', async () => {
    const { page, context, errors } = await openPage(browser, { ...phone, reducedMotion: 'reduce' });
    await page.goto(`${base}/modules/why-service-matters/glad-or-mad/`);
    const roleplay = await hydrated(page, '[data-roleplay]');
    let replies = 0;
    while ((await roleplay.getAttribute('data-state')) !== 'ended') {
      await roleplay.locator('button.reply').first().tap();
      replies += 1;
      if ((await roleplay.getAttribute('data-state')) === 'ended') break;
      await page.waitForFunction(() => document.activeElement?.closest('.bubble.current') !== null);
      expect(await inView(page, '.roleplay .mood'), `mood after reply ${replies}`).toBe(true);
      expect(await inView(page, '.bubble.current .reaction'), `reaction after reply ${replies}`).toBe(true);
      expect(await inView(page, '.conversation > .feedback'), `coach's note after reply ${replies}`).toBe(true);
    }
    expect(replies).toBeGreaterThan(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ends a lesson with its scores and a Next button that goes to the next lesson, or the next one assigned', async () => {
    const { page, context } = await openPage(browser, phone);
    await page.goto(`${base}/modules/why-service-matters/glad-or-mad/`);
    const roleplay = await hydrated(page, '[data-roleplay]');
    while ((await roleplay.getAttribute('data-state')) !== 'ended') await roleplay.locator('button.reply').first().tap();
    const tick = (step: string) => page.locator(`.lesson-steps .step-${step}`).evaluate((el) => getComputedStyle(el, '::before').content);
    await expect(tick('check')).resolves.toBe('none');
    await answerCheck(page, true);
    // The lesson's steps at the top are ticked as they are done.
    for (const step of ['read', 'practice', 'check']) await expect(tick(step)).resolves.toBe('"✓ "');
    const finished = page.locator('.complete-lesson.finished');
    await finished.scrollIntoViewIfNeeded();
    await expect(finished.locator('.scores').textContent()).resolves.toMatch(/Check: 100%, passed/);
    await finished.getByRole('link', { name: /^Next lesson: Service is everyone/ }).tap();
    await page.waitForURL(/\/service-is-everyones-job\/$/);

    // With an assignment open, the next lesson is the assignment's.
    await page.evaluate(
      ([key, now]) => {
        const record = JSON.parse(localStorage.getItem(key!)!);
        record.assignments['a-phone1'] = {
          id: 'a-phone1',
          title: 'Phone refresher',
          items: ['glad-or-mad', 'answering-the-phone'],
          addedAt: now,
        };
        localStorage.setItem(key!, JSON.stringify(record));
      },
      [KEY, NOW],
    );
    await page.goto(`${base}/modules/why-service-matters/glad-or-mad/`);
    await page.locator('.complete-lesson').scrollIntoViewIfNeeded();
    await page.getByRole('link', { name: 'Next in your assignment “Phone refresher”: Answering the phone' }).waitFor();
    await page.goto(`${base}/`);
    await page.locator('a[data-continue]').filter({ hasText: 'Next in your assignment “Phone refresher”: Answering the phone' }).waitFor();
    await context.close();
  });

  it('after the new-hire modules, offers a certificate that prints on one page', async () => {
    const content = loadCourseContent();
    const newHire = content.lessons.filter((l) => l.data.audience.includes('new-hire') && l.data.module !== 'leading-a-service-team');
    const { page, context, errors } = await openPage(browser, phone);
    await page.goto(`${base}/how-to-use/`);
    await page.evaluate(
      ([key, record]) => localStorage.setItem(key!, record!),
      [KEY, completed(newHire.map((l) => l.filePath.split('/').pop()!.replace('.mdx', '')))],
    );
    await page.goto(`${base}/certificate/`);
    await page.getByLabel('Your name, as it should appear').fill('Jordan Rivera');
    await page.getByText('Jordan Rivera', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Print the certificate' }).waitFor();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    expect(errors).toEqual([]);

    // Before then, it says what is left.
    await page.evaluate(([key, record]) => localStorage.setItem(key!, record!), [KEY, completed(['glad-or-mad'])]);
    await page.reload();
    await page.getByText(/The certificate is ready when every new-hire module is finished/).waitFor();
    await context.close();
  });
});
