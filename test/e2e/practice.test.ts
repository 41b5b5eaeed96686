import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TRAPS } from '../../src/lib/roleplay/traps.ts';
import { axeViolations, describeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { answerCheck, completion, hydrated } from './lesson-actions.ts';

// The practice rules from the learner's side: no fixed places, a pass mark, and the habits that cost them.
const base = inject('baseURL');
const lesson = '/modules/why-service-matters/glad-or-mad/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('practice no one can pass blind', () => {
  it('two fresh browser profiles see the same replies in different orders', async () => {
    const orders: string[] = [];
    const sorted = new Set<string>();
    // Each profile draws its own seed; three replies have six orders, so a few profiles are enough to differ.
    for (let i = 0; i < 5; i++) {
      const { page, context } = await openPage(browser);
      await page.goto(`${base}${lesson}`);
      const roleplay = await hydrated(page, '[data-roleplay]');
      // The server renders one order; the island draws the attempt's own seed as soon as it hydrates.
      await page.locator('[data-roleplay][data-seeded="true"]').waitFor({ timeout: 10_000 });
      const shown = await roleplay.locator('button.reply').allTextContents();
      await context.close();
      orders.push(shown.join('|'));
      sorted.add([...shown].sort().join('|'));
      if (new Set(orders).size > 1) break;
    }
    expect(sorted.size, 'the same replies').toBe(1);
    expect(new Set(orders).size, 'in different orders').toBeGreaterThan(1);
  });

  it('a failed check leaves the lesson in progress and says what to revisit; passing it completes the lesson', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}${lesson}`);
    const roleplay = await hydrated(page, '[data-roleplay]');
    while ((await roleplay.getAttribute('data-state')) !== 'ended') await roleplay.locator('button.reply').last().click();
    const failed = await answerCheck(page, false);
    await expect(failed.locator('.revisit li').count()).resolves.toBeGreaterThan(0);
    await failed.getByText(/the lesson stays in progress until you pass/).waitFor();
    await completion(page);
    await page.getByText(/To complete this lesson, pass the check/).waitFor();
    expect(await page.getByRole('heading', { name: /Lesson complete/ }).count()).toBe(0);
    expect(describeViolations(await axeViolations(page)), 'failed check').toEqual([]);

    await failed.getByRole('button', { name: 'Try again' }).click();
    await answerCheck(page, true);
    await page.getByRole('heading', { name: /Lesson complete/ }).waitFor();
    // The end of the lesson is a moment: both scores, the module's progress, and the next lesson as the big button.
    const finished = page.locator('.complete-lesson.finished');
    await expect(finished.locator('.scores').textContent()).resolves.toMatch(/Role-play: best \d+% · Check: \d+%, passed/);
    await expect(finished.locator('.module-progress').textContent()).resolves.toMatch(/: 1 of \d+ lessons complete$/);
    await finished.getByRole('link', { name: /^Next lesson: / }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('My progress keeps role-play and check scores apart and names the habits that cost the learner most', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}${lesson}`);
    const roleplay = await hydrated(page, '[data-roleplay]');
    // Always the shortest reply: a blind strategy that picks up habits.
    while ((await roleplay.getAttribute('data-state')) !== 'ended') {
      const buttons = await roleplay.locator('button.reply').all();
      const lengths = await Promise.all(buttons.map(async (b) => (await b.textContent())?.length ?? 0));
      await buttons[lengths.indexOf(Math.min(...lengths))]!.click();
    }
    await roleplay.locator('.outcome-traps').waitFor();
    await answerCheck(page, false);
    await page.goto(`${base}/progress/`);
    await page
      .getByText(/^Role-play: best [\d.]+ of \d+ \(\d+%\)/)
      .first()
      .waitFor();
    await page.getByText(/^Knowledge check: best [\d.]+ of 4 \(\d+%\), not passed yet \(75% needed\)/).waitFor();
    const habits = page.locator('.habit-list li');
    await expect(habits.count()).resolves.toBeGreaterThan(0);
    const first = (await habits.first().textContent()) ?? '';
    const trap = Object.values(TRAPS).find((t) => first.startsWith(t.label));
    expect(trap, first).toBeDefined();
    await expect(habits.first().locator('a').getAttribute('href')).resolves.toContain(`/${trap!.lesson}/`);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
