import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { finishLesson } from './lesson-actions.ts';

const base = inject('baseURL');
const KEY = 'glad-to-help:progress';
const lesson1 = '/modules/why-service-matters/glad-or-mad/';
const lesson2 = '/modules/why-service-matters/service-is-everyones-job/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const markComplete = finishLesson;

describe('learner progress in a real browser', () => {
  it('survives a reload, and shows on the home, module and My progress pages', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}${lesson1}`);
    await markComplete(page);
    await page.goto(`${base}${lesson2}`);
    await page.reload();
    await expect(page.locator(`.module-nav [data-lesson-status="glad-or-mad"]`).textContent()).resolves.toBe('Complete');
    await expect(page.locator(`.module-nav [data-lesson-status="service-is-everyones-job"]`).textContent()).resolves.toBe('In progress');

    await page.goto(`${base}/`);
    await expect(page.locator('[data-module-progress]').first().textContent()).resolves.toBe('1 of 4 complete');
    // The button learns the lesson titles from the course list, fetched once the page knows the learner has begun.
    await page
      .locator('a[data-continue]')
      .filter({ hasText: /^Continue: Service is everyone/ })
      .waitFor();

    await page.goto(`${base}/progress/`);
    // My progress fills in once its island has hydrated, which may finish after the load event.
    await page.getByText('1 of 4 lessons complete').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps two tabs in sync without reloading', async () => {
    const { page: tabA, context } = await openPage(browser);
    const tabB = await context.newPage();
    await tabB.goto(`${base}/modules/why-service-matters/`);
    await expect(tabB.locator('[data-lesson-status="back-to-basics"]').textContent()).resolves.toBe('Not started');
    await tabA.goto(`${base}/modules/why-service-matters/back-to-basics/`);
    // A background tab's timers and observers are throttled: work in the tab in front, as a learner does.
    await tabA.bringToFront();
    await markComplete(tabA);
    await tabB.locator('[data-lesson-status="back-to-basics"][data-status="complete"]').waitFor();
    await context.close();
  });

  it('the learner can unmark a lesson, after saying yes to the question it asks first', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}${lesson1}`);
    await markComplete(page);
    await page.getByRole('button', { name: 'Mark as not done' }).click();
    await page.getByText('Mark this lesson as not done? Your scores are kept.').waitFor();
    await page.getByRole('button', { name: 'Keep it complete' }).click();
    await page.getByRole('heading', { name: /Lesson complete/ }).waitFor();
    await page.getByRole('button', { name: 'Mark as not done' }).click();
    await page.getByRole('button', { name: 'Yes, mark it not done' }).click();
    await page.getByText(/You marked this lesson as not done/).waitFor();
    expect(JSON.parse((await stored(page)) ?? '{}').lessons['glad-or-mad'].completion.done).toBe(false);
    await context.close();
  });

  it('corrupt storage: shows a notice, keeps the raw data retrievable, and starts fresh', async () => {
    const { page, context } = await openPage(browser, { acceptDownloads: true });
    await page.goto(`${base}/how-to-use/`);
    await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"lessons":{"glad-or-mad"'), KEY);
    await page.goto(`${base}${lesson1}`);
    const notice = page.getByRole('status').filter({ hasText: 'We could not read the progress saved in this browser' });
    await notice.waitFor();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.includes(':unreadable:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"version":1,"lessons":{"glad-or-mad"']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download the unreadable data' }).click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe('{"version":1,"lessons":{"glad-or-mad"');

    await markComplete(page);
    expect(JSON.parse((await stored(page)) ?? '{}').lessons['glad-or-mad'].completion.done).toBe(true);
    await page.goto(`${base}/progress/`);
    await page.getByRole('heading', { name: 'Unreadable data kept aside' }).waitFor();
    await context.close();
  });

  it('with storage disabled, a learner can still finish a lesson, and is told it will not be kept', async () => {
    const { page, context, errors } = await openPage(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(`${base}${lesson1}`);
    await page.getByText(/your progress will be lost when you close this page/).waitFor();
    await markComplete(page);
    await expect(page.locator('.module-nav [data-lesson-status="glad-or-mad"]').textContent()).resolves.toBe('Complete');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('export, then import into a fresh browser profile, restores everything', async () => {
    const source = await openPage(browser, { acceptDownloads: true });
    await source.page.goto(`${base}${lesson1}`);
    await markComplete(source.page);
    await source.page.goto(`${base}${lesson2}`);
    // The visit is written once the page has loaded; leave only after it is in storage.
    await source.page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? '{}').lessons?.['service-is-everyones-job'], KEY);
    await source.page.goto(`${base}/progress/`);
    const [download] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page.getByRole('button', { name: 'Export progress' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^glad-to-help-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(mkdtempSync(join(tmpdir(), 'progress-export-')), download.suggestedFilename());
    await download.saveAs(file);
    const original = JSON.parse((await stored(source.page))!);
    await source.context.close();

    const fresh = await openPage(browser);
    await fresh.page.goto(`${base}/progress/`);
    await fresh.page.getByText('0 of 4 lessons complete').first().waitFor();
    // The file input works only once My progress has hydrated and read the record; choose the file again if
    // it was picked a moment too early.
    await fresh.page.locator('astro-island:not([ssr]) .dashboard').waitFor();
    const preview = fresh.page.getByText(/adds 2 lessons and updates 0/);
    for (let attempt = 0; attempt < 5 && !(await preview.isVisible()); attempt++) {
      await fresh.page.getByLabel('Import progress from a file').setInputFiles(file);
      await preview.waitFor({ timeout: 3000 }).catch(() => undefined);
    }
    await preview.waitFor();
    await fresh.page.getByRole('button', { name: 'Combine with my progress' }).click();
    await fresh.page.getByText('Imported: 2 added, 0 updated.').waitFor();
    expect(JSON.parse((await stored(fresh.page))!)).toEqual(original);
    await fresh.page.getByText('1 of 4 lessons complete').first().waitFor();
    await fresh.context.close();
  });

  it('a bad import file is refused with a clear message and changes nothing', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}${lesson1}`);
    await markComplete(page);
    await page.goto(`${base}/progress/`);
    const before = await stored(page);
    await page
      .getByLabel('Import progress from a file')
      .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"shopping":["milk"]}') });
    await expect(page.getByRole('alert').textContent()).resolves.toBe('This file is not a progress export from this course.');
    expect(await stored(page)).toBe(before);
    await context.close();
  });

  it('reset asks first, offers an export, then clears everything', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}${lesson1}`);
    await markComplete(page);
    await page.goto(`${base}/progress/`);
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    await expect(page.getByRole('button', { name: 'Export first' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(JSON.parse((await stored(page))!).lessons['glad-or-mad']).toBeDefined();
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    await page.getByRole('button', { name: 'Yes, reset everything' }).click();
    await page.getByText('0 of 4 lessons complete').first().waitFor();
    expect(JSON.parse((await stored(page))!).lessons).toEqual({});
    await context.close();
  });

  it('My progress has no axe-core violations, with progress and with the reset question open', async () => {
    const { page, context } = await openPage(browser, { colorScheme: 'dark' });
    await page.goto(`${base}${lesson1}`);
    await markComplete(page);
    await page.goto(`${base}/progress/`);
    await page.getByText('1 of 4 lessons complete').first().waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await context.close();
  });
});
