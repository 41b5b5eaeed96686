import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { choose, decisionAt, isFinished, outcome, start } from '../../src/lib/roleplay/engine.ts';
import { scenarioSchema } from '../../src/schemas/scenario.ts';
import { axeViolations, describeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { projectRoot } from '../support/content.ts';
import { hydrated } from './lesson-actions.ts';

const base = inject('baseURL');
const lesson = '/modules/why-service-matters/glad-or-mad/';
const scenario = scenarioSchema.parse(load(readFileSync(join(projectRoot, 'content', 'scenarios', 'missing-birthday-cake.yaml'), 'utf8')));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Pick = (points: number[]) => number;
const best: Pick = (points) => points.indexOf(Math.max(...points));
const worst: Pick = (points) => points.indexOf(Math.min(...points));

/** The replies a strategy gives, and where the engine says they end. */
function route(pick: Pick) {
  let state = start(scenario, 'e2e-route');
  const replies: string[] = [];
  while (!isFinished(scenario, state)) {
    const node = decisionAt(scenario, state.node);
    const i = pick(node.choices.map((c) => c.points));
    replies.push(node.choices[i]!.reply);
    state = choose(scenario, state, i);
  }
  return { replies, result: outcome(scenario, state) };
}

const focused = (page: Page) =>
  page.evaluate(() => ({
    text: document.activeElement?.textContent?.trim() ?? '',
    reply: document.activeElement?.classList.contains('reply') ?? false,
  }));

/** Tab forward until a reply button with this text has focus, then press Enter: no mouse. */
async function sayByKeyboard(page: Page, reply: string) {
  for (let presses = 0; presses < 300; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.reply && now.text === reply) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Could not reach the reply "${reply}" with Tab`);
}

async function playByKeyboard(page: Page, replies: string[]) {
  await hydrated(page, '[data-roleplay]');
  for (const [i, reply] of replies.entries()) {
    await sayByKeyboard(page, reply);
    if (i < replies.length - 1) {
      // Focus moves to the customer's new line, so a screen reader reads it next.
      await page.waitForFunction(() => document.activeElement?.closest('.bubble.current') !== null);
    }
  }
  await page.locator('[data-roleplay][data-state="ended"]').waitFor();
}

describe('role-play in a real browser', () => {
  it('a keyboard-only learner reaches the best ending; the result is saved and shown on My progress after a reload', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}${lesson}`);
    const { replies, result } = route(best);
    expect(result.ending).toBe('glad');
    await playByKeyboard(page, replies);
    // Focus moves to the outcome, so the result is read out next.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Marisol leaves glad');
    await expect(page.locator('.outcome .score').textContent()).resolves.toContain(`${result.score} of ${result.best} points (100%)`);
    await page.reload();
    await page.goto(`${base}/progress/`);
    await page.getByText(`Role-play: best ${result.score} of ${result.best} (100%)`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a keyboard-only learner reaches the worst ending and sees a better reply for every decision', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}${lesson}`);
    const { replies, result } = route(worst);
    expect(result.ending).toBe('mad');
    await playByKeyboard(page, replies);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Marisol leaves mad');
    await expect(page.locator('.review .better:not(.best)').count()).resolves.toBe(replies.length);
    await page.getByRole('button', { name: 'Try again' }).press('Enter');
    await page.locator('[data-roleplay][data-state="ready"]').waitFor();
    await page.goto(`${base}/progress/`);
    await page.getByText(`Role-play: best ${result.score} of ${result.best} (${Math.round(result.share * 100)}%)`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe-core violations untouched, mid-way and finished, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser, { colorScheme });
      await page.goto(`${base}${lesson}`);
      const roleplay = await hydrated(page, '[data-roleplay]');
      await hydrated(page, '[data-check]');
      expect(describeViolations(await axeViolations(page)), `${colorScheme}, untouched`).toEqual([]);
      await roleplay.locator('button.reply').first().click();
      expect(describeViolations(await axeViolations(page)), `${colorScheme}, mid-way`).toEqual([]);
      while ((await roleplay.getAttribute('data-state')) !== 'ended') await roleplay.locator('button.reply').last().click();
      await roleplay.locator('details.conversation-map summary').click();
      expect(describeViolations(await axeViolations(page)), `${colorScheme}, finished with the map open`).toEqual([]);
      await context.close();
    }
  });

  it('a knowledge check can be finished by keyboard, with an order question sorted by its move buttons', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/modules/listening-and-empathy/active-listening/`);
    const check = await hydrated(page, '[data-check]');
    await expect(page.locator('.activity-intro', { hasText: 'You pass with' }).textContent()).resolves.toMatch(
      /You pass with 3 of 4 points \(75%\)/,
    );
    for (const field of await check.locator('fieldset.question').all()) {
      const kind = await field.getAttribute('class');
      if (kind?.includes('order')) {
        await field.locator('button', { hasText: 'Down' }).first().focus();
        await page.keyboard.press('Enter');
        // Focus stays with the item that moved, so it can keep moving.
        await page.waitForFunction(() => /^Move (down|up): /.test(document.activeElement?.getAttribute('aria-label') ?? ''));
      } else {
        await field.locator('input').first().focus();
        // Radio groups answer to arrow keys; a checkbox to Space.
        await page.keyboard.press(kind?.includes('multiple') ? 'Space' : 'ArrowDown');
      }
    }
    await check.getByRole('button', { name: 'Check my answers' }).press('Enter');
    const heading = /^(Passed|Not passed yet): [\d.]+ of 4 points \(\d+%\)$/;
    await check.getByRole('heading', { name: heading }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(heading);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await context.close();
  });
});
