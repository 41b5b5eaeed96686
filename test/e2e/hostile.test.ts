import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seal } from '../../src/lib/assignments/envelope.ts';
import { encodeReport } from '../../src/lib/assignments/report.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { fixturePath } from '../support/fixtures.ts';
import { hydrated } from './lesson-actions.ts';
import { loadCourseContent } from '../support/content.ts';
import { bestChoice, decisionAt } from '../../src/lib/roleplay/engine.ts';

// The broken cases of a hostile or careless user, retried in the built site: no page error, nothing lost,
// the learner or manager told plainly.
const base = inject('baseURL');
const KEY = 'glad-to-help:progress';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY);
const report = (n: string, at: string) => {
  const encoded = encodeReport({ a: 'a-team1', t: 'Phone refresher', n, at, d: '2026-11-20', m: 'Front desk', i: [{ s: 'glad-or-mad' }] });
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.fragment;
};

/** Plays a lesson's role-play along its best path up to the last reply, and returns that reply's button. */
async function toLastReply(page: Page, scenarioId: string) {
  content ??= loadCourseContent();
  const scenario = content.scenarios.find((s) => s.data.id === scenarioId)!.data;
  const roleplay = await hydrated(page, '[data-roleplay]');
  await page.locator('[data-roleplay][data-seeded="true"]').waitFor();
  let id = scenario.start;
  for (;;) {
    const node = decisionAt(scenario, id);
    const choice = node.choices[bestChoice(scenario, id)]!;
    const button = roleplay.getByRole('button', { name: choice.reply, exact: true });
    if (scenario.nodes[choice.next]?.kind === 'ending') return button;
    await button.click();
    id = choice.next;
  }
}
let content: ReturnType<typeof loadCourseContent> | undefined;

describe('the Team page under a crafted report', () => {
  it('a report with a date that does not exist is refused; the page keeps working and keeps the roster across a reload', async () => {
    const { page, context, errors } = await openPage(browser);
    const crafted = seal('r', 1, {
      a: 'a-team1',
      t: 'Phone refresher',
      n: 'Mallory',
      at: '2026-13-45T10:00:00.000Z',
      i: [{ s: 'glad-or-mad' }],
    });
    await page.goto(`${base}/team/#${crafted}`);
    await page.locator('astro-island:not([ssr]) .team').waitFor();
    await page.getByText(/could not be used/).waitFor();
    await page.getByLabel(/Paste report links/).fill(`${base}/team/#${report('Ana', '2026-11-10T10:00:00.000Z')}`);
    await page.getByRole('button', { name: 'Add reports' }).click();
    await page.getByRole('rowheader', { name: 'Ana' }).first().waitFor();
    const rogue = encodeReport({
      a: 'a-team1',
      t: 'Free pizza',
      n: 'Mallory',
      at: '2026-11-19T10:00:00.000Z',
      d: '2026-12-31',
      m: 'Nobody',
      i: [{ s: 'glad-or-mad' }],
    });
    if (!rogue.ok) throw new Error(rogue.message);
    await page
      .getByLabel(/Paste report links/)
      .fill(`${base}/team/#${report('Ben', '2026-11-11T10:00:00.000Z')} ${base}/team/#${rogue.fragment}`);
    await page.getByRole('button', { name: 'Add reports' }).click();
    await page.getByRole('rowheader', { name: 'Mallory' }).first().waitFor();
    await expect(page.getByRole('heading', { level: 2, name: 'Phone refresher' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { level: 2, name: 'Free pizza' }).count()).resolves.toBe(0);

    await page.goto(`${base}/team/`);
    await page.getByRole('rowheader', { name: 'Ben' }).first().waitFor();
    await page.getByRole('button', { name: 'Forget this roster' }).click();
    await page.getByText('The roster was cleared from this browser.').waitFor();
    await page.reload();
    await page.locator('astro-island:not([ssr]) .team').waitFor();
    await expect(page.getByRole('rowheader', { name: 'Ben' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('My progress under hostile import files', () => {
  // A learner who has finished two lessons imports each file of test/fixtures/hostile/ over that.
  const DAY = '2026-11-02T10:00:00.000Z';
  const done = { firstVisit: DAY, lastVisit: DAY, completion: { done: true, at: DAY } };
  const before = { version: 2, lessons: { 'glad-or-mad': done, 'say-thank-you': done }, activities: {}, assignments: {} };

  it.each([
    ['progress-impossible-date.json', "Left out, because the file's entry is damaged: the lesson “glad-or-mad”"],
    ['progress-impossible-completion.json', "Left out, because the file's entry is damaged: the lesson “glad-or-mad”"],
    ['progress-impossible-due.json', "Left out, because the file's entry is damaged: the assignment “a-x1”"],
    ['progress-score-over-max.json', "Left out, because the file's entry is damaged: the activity “check:glad-or-mad-check”"],
    ['progress-unknown-lesson.json', 'Left out, because this course has no such lesson: how-to-juggle'],
    ['progress-future-undone.json', 'Nothing you have already done is lost'],
  ])('%s: what is left out is named, nothing finished is lost, and the page keeps working after a reload', async (file, said) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/progress/`);
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(before)]);
    await page.reload();
    await page.locator('astro-island:not([ssr]) .dashboard').waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: file, mimeType: 'application/json', buffer: readFileSync(fixturePath('hostile', file)) });
    await page.getByText(said).waitFor();
    await page.getByRole('button', { name: 'Combine with my progress' }).click();
    await page.getByText(/^Imported:/).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Export progress' }).waitFor();
    const saved = await stored(page);
    expect(JSON.stringify(saved)).not.toMatch(/2026-13-45|2026-02-30|9999-12-31|"score":500|how-to-juggle|2099/);
    // A future-dated "not done" never un-completes a lesson, and nothing imported takes a completion away.
    for (const slug of ['glad-or-mad', 'say-thank-you']) expect(saved.lessons[slug]?.completion?.done, slug).toBe(true);
    expect(await page.getByText(/Invalid Date|NaN|Overdue by \d{4,}/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file with a "constructor" lesson imports what the course has, lists what it leaves out, and wipes nothing', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/progress/`);
    await page.locator('astro-island:not([ssr]) .dashboard').waitFor();
    const file = 'progress-constructor-key.json';
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: file, mimeType: 'application/json', buffer: readFileSync(fixturePath('hostile', file)) });
    await page.getByText(/Left out, because this course has no such lesson: constructor/).waitFor();
    await page.getByRole('button', { name: 'Combine with my progress' }).click();
    await page.getByText(/^Imported:/).waitFor();
    await page.reload();
    await page.getByText(`1 of ${loadCourseContent().lessons.length} lessons complete`).waitFor();
    expect(Object.keys((await stored(page)).lessons)).toEqual(['glad-or-mad']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('saving', () => {
  it('two tabs finishing at the same moment both keep their result (repeated)', async () => {
    for (let round = 0; round < 3; round++) {
      const { context, errors } = await openPage(browser);
      const [a, b] = [await context.newPage(), await context.newPage()];
      await a.goto(`${base}/modules/why-service-matters/glad-or-mad/`);
      await b.goto(`${base}/modules/why-service-matters/back-to-basics/`);
      // A background tab's timers and observers are throttled: bring each to the front to play it.
      await a.bringToFront();
      const lastA = await toLastReply(a, 'missing-birthday-cake');
      await b.bringToFront();
      const lastB = await toLastReply(b, 'salon-running-late');
      await Promise.all([lastA.click(), lastB.click()]);
      await Promise.all([a.getByText('Saved to your progress.').waitFor(), b.getByText('Saved to your progress.').waitFor()]);
      // Each tab's storage reaches the other a moment later: within that moment both results are in storage.
      const activities = async () => Object.keys((await stored(a)).activities ?? {}).sort();
      await expect
        .poll(activities, { message: `round ${round}`, timeout: 5_000 })
        .toEqual(['roleplay:missing-birthday-cake', 'roleplay:salon-running-late']);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 150_000);

  it('with a large unreadable record in storage: the learner is offered it, no result claims "Saved", and saving can start again', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/how-to-use/`);
    await page.evaluate((k) => localStorage.setItem(k, `{"version":2,"lessons":${'x'.repeat(1_500_000)}`), KEY);
    await page.goto(`${base}/modules/why-service-matters/glad-or-mad/`);
    await page.getByRole('button', { name: 'Download the unreadable data' }).waitFor();
    const roleplay = await hydrated(page, '[data-roleplay]');
    while ((await roleplay.getAttribute('data-state')) !== 'ended') await roleplay.locator('button.reply').first().click();
    await roleplay.getByText(/Kept for this visit only/).waitFor();
    expect(await roleplay.getByText('Saved to your progress.').count()).toBe(0);
    await page.getByRole('button', { name: 'Start saving again' }).click();
    await roleplay.getByRole('button', { name: 'Try again' }).click();
    while ((await roleplay.getAttribute('data-state')) !== 'ended') await roleplay.locator('button.reply').first().click();
    await roleplay.getByText('Saved to your progress.').waitFor();
    expect(Object.keys((await stored(page)).activities)).toEqual(['roleplay:missing-birthday-cake']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offline after the page loaded: a finished role-play still saves, and search says it cannot load', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/modules/why-service-matters/glad-or-mad/`);
    const roleplay = await hydrated(page, '[data-roleplay]');
    await page.locator('[data-roleplay][data-seeded="true"]').waitFor();
    await context.setOffline(true);
    while ((await roleplay.getAttribute('data-state')) !== 'ended') await roleplay.locator('button.reply').first().click();
    await roleplay.getByText('Saved to your progress.').waitFor();
    expect(Object.keys((await stored(page)).activities)).toEqual(['roleplay:missing-birthday-cake']);
    await page.keyboard.press('Control+k');
    await page.getByText(/Search could not load: this page seems to be offline/).waitFor();
    await context.setOffline(false);
    expect(errors.filter((e) => !/Failed to fetch|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it('offline before a role-play was scrolled to: its code cannot load, and the page says so with a way to reload', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/modules/why-service-matters/glad-or-mad/`);
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.locator('[data-roleplay]').scrollIntoViewIfNeeded();
    const alert = page.getByRole('alert').filter({ hasText: 'This part of the page could not load' });
    await alert.first().waitFor();
    await alert.first().getByRole('button', { name: 'Reload the page' }).waitFor();
    await context.setOffline(false);
    expect(errors.filter((e) => !/Failed to fetch|ERR_INTERNET_DISCONNECTED|Failed to load resource|dynamically imported/.test(e))).toEqual(
      [],
    );
    await context.close();
  });
});
