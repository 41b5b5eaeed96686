import type { Locator, Page } from 'playwright-core';
import { playableCheck, type PlayableCheck } from '../../src/lib/checks/playable.ts';
import { loadCourseContent } from '../support/content.ts';

/**
 * Waits until an island is hydrated (Astro drops the `ssr` attribute once it has) and has its data: a
 * role-play or check shows its first screen (`data-preview`) until the file it fetches arrives.
 */
export async function hydrated(page: Page, selector: string) {
  // client:visible hydrates once the island is on screen, so bring it there first.
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  const island = page.locator(`astro-island:not([ssr]) ${selector}:not([data-preview])`);
  await island.waitFor();
  return island;
}

let content: ReturnType<typeof loadCourseContent> | undefined;

/** A check as the page plays it, read from content/ (the test knows the answers; the learner has to read). */
export function checkData(id: string): PlayableCheck {
  content ??= loadCourseContent();
  const entry = content.checks.find((c) => c.data.id === id);
  if (!entry) throw new Error(`no check ${id}`);
  return playableCheck(entry.data, content.sequences);
}

/** Sorts an order question with its Up buttons, as a keyboard user would. */
export async function sortSteps(question: Locator, items: readonly string[]) {
  for (const [target, text] of items.entries()) {
    for (;;) {
      const shown = await question.locator('.order-text').allTextContents();
      if (shown.indexOf(text) <= target) break;
      await question.getByRole('button', { name: `Move up: ${text}` }).click();
    }
  }
}

/** Answers every question of the page's check: right where `right` is true, else with wrong answers. */
export async function answerCheck(page: Page, right = true) {
  const check = await hydrated(page, '[data-check]');
  const data = checkData((await check.getAttribute('data-check'))!);
  for (const [i, q] of data.questions.entries()) {
    const field = check.locator(`#check-${data.id}-q${i}`);
    if (q.type === 'order') {
      if (right) await sortSteps(field, q.items);
      continue;
    }
    for (const option of q.options) {
      const pick = right ? option.correct : !option.correct && (q.type === 'multiple' || option === q.options.find((o) => !o.correct));
      if (pick) await field.getByLabel(option.text, { exact: true }).check();
    }
  }
  await check.getByRole('button', { name: 'Check my answers' }).click();
  await check.getByRole('heading', { name: right ? /^Passed/ : /^Not passed yet/ }).waitFor();
  return check;
}

/** The lesson's "Finish the lesson" box, scrolled to as a learner would (it hydrates when seen). */
export const completion = (page: Page) => hydrated(page, '.complete-lesson');

/** Finishes a lesson the way its completion rule asks: plays the role-play to an end and passes the check. */
export async function finishLesson(page: Page) {
  const roleplay = await hydrated(page, '[data-roleplay]');
  while ((await roleplay.getAttribute('data-state')) !== 'ended') {
    await roleplay.locator('button.reply').first().click();
  }
  await answerCheck(page, true);
  await completion(page);
  await page.getByRole('heading', { name: /Lesson complete/ }).waitFor();
}
