import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeAssignment } from '../../src/lib/assignments/assignment-link.ts';
import { seal } from '../../src/lib/assignments/envelope.ts';
import { encodeReport } from '../../src/lib/assignments/report.ts';
import type { AssignmentPayload } from '../../src/lib/assignments/schema.ts';
import { axeViolations, describeViolations, launchBrowser, openPage } from '../support/browser.ts';
import { finishLesson } from './lesson-actions.ts';

const base = inject('baseURL');
const KEY = 'glad-to-help:progress';
const markup = '<img src=x onerror=alert(1)>';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const inDays = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const fragmentOf = (payload: AssignmentPayload) => {
  const e = encodeAssignment(payload);
  if (!e.ok) throw new Error(e.message);
  return e.fragment;
};
const sample: AssignmentPayload = {
  t: 'Apology refresher',
  i: ['glad-or-mad', 'apologize-like-you-mean-it'],
  c: '2026-11-16T08:00:00.000Z',
  d: inDays(3),
  b: 'Dana',
};

/** The manager makes an assignment on /assign/ and returns the link. */
async function makeAssignment(page: Page) {
  await page.goto(`${base}/assign/`);
  await page.locator('astro-island:not([ssr]) .assign-form').waitFor();
  await page.getByLabel('Whole module: Why service matters').check();
  await page.getByLabel('Answering the phone').check();
  await expect(page.locator('.pick-summary').textContent()).resolves.toMatch(/^5 lessons picked, about \d+ minutes in all\.$/);
  await page.getByLabel(/^Title/).fill('Service and phone refresher');
  await page.getByLabel(/^Due date/).fill(inDays(4));
  await page.getByLabel(/^Note to your team/).fill('Take them before Friday’s shift, please.');
  await page.getByLabel(/^Your name/).fill('Dana');
  await page.getByLabel(/^Team name/).fill('Front desk');
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = await page.getByLabel('Link to the assignment').inputValue();
  expect(link).toMatch(new RegExp(`^${base}/assignment/#a1\\.`));
  return link;
}

describe('assignments, from manager to learner and back, with no server', () => {
  it('manager assigns → learner (another profile) opens, finishes a lesson, reports → roster shows it', async () => {
    const manager = await openPage(browser, { acceptDownloads: true });
    const link = await makeAssignment(manager.page);

    // Everything a manager sends with it.
    const mailto = await manager.page.getByRole('link', { name: 'Write an e-mail with the link' }).getAttribute('href');
    expect(decodeURIComponent(mailto ?? '')).toContain(link);
    const [ics] = await Promise.all([
      manager.page.waitForEvent('download'),
      manager.page.getByRole('button', { name: /Calendar reminder/ }).click(),
    ]);
    const calendar = readFileSync((await ics.path())!, 'utf8');
    expect(calendar).toContain(`DTSTART;VALUE=DATE:${inDays(4).replace(/-/g, '')}\r\n`);
    await expect(manager.page.locator('.print-sheet svg.qr path').count()).resolves.toBe(1);
    await expect(manager.page.getByRole('img', { name: /QR code that opens the assignment/ }).isVisible()).resolves.toBe(true);

    // The learner, in a separate browser profile.
    const learner = await openPage(browser, { acceptDownloads: true });
    await learner.page.goto(link);
    await learner.page.getByText('Added to My assignments.', { exact: false }).waitFor();
    const card = learner.page.locator('.assignment-card');
    await expect(card.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Service and phone refresher');
    await expect(card.locator('.assignment-meta').textContent()).resolves.toMatch(/Due in 4 days · due .* · from Dana · Front desk/);
    await expect(card.locator('.assignment-items li').count()).resolves.toBe(5);
    await expect(card.getByText('0 of 5 lessons complete', { exact: false }).isVisible()).resolves.toBe(true);

    // Opening the same link again adds nothing twice.
    await learner.page.reload();
    await learner.page.getByText(/already in My assignments/).waitFor();
    expect(Object.keys(JSON.parse((await stored(learner.page))!).assignments)).toHaveLength(1);

    await card.getByRole('link', { name: 'Glad or mad' }).click();
    await finishLesson(learner.page);

    // My assignments on the home page and on My progress.
    await learner.page.goto(`${base}/`);
    await learner.page.locator('.my-assignments').getByText('1 of 5 lessons complete', { exact: false }).waitFor();
    await learner.page.goto(`${base}/progress/`);
    const mine = learner.page.locator('.my-assignments .assignment-card');
    await mine.getByText('1 of 5 lessons complete', { exact: false }).waitFor();
    await expect(mine.locator('.assignment-items li', { hasText: 'Glad or mad' }).locator('.status-mark').textContent()).resolves.toBe(
      'Complete',
    );

    await mine.locator('summary', { hasText: 'Make a completion report' }).click();
    await mine.getByLabel('Your name, as your manager knows you').fill('Sam Lee');
    await mine.getByRole('button', { name: 'Make my report' }).click();
    const reportLink = await mine.getByLabel('Report link').inputValue();
    expect(reportLink).toMatch(new RegExp(`^${base}/team/#r1\\.`));
    const [file] = await Promise.all([
      learner.page.waitForEvent('download'),
      mine.getByRole('button', { name: 'Download the report file' }).click(),
    ]);
    const reportPath = (await file.path())!;
    expect(readFileSync(reportPath, 'utf8')).toContain(reportLink);

    // Back to the manager: a pasted link, then the same report as a file, counts once.
    await manager.page.goto(`${base}/team/`);
    await manager.page.locator('astro-island:not([ssr]) .team').waitFor();
    await manager.page.getByLabel(/Paste report links/).fill(`Hi Dana, here it is: ${reportLink} thanks`);
    await manager.page.getByRole('button', { name: 'Add reports' }).click();
    await manager.page.getByRole('status').filter({ hasText: '1 report added.' }).waitFor();
    const row = manager.page.getByRole('row', { name: /Sam Lee/ }).first();
    await expect(row.textContent()).resolves.toMatch(/Sam Lee1 of 5 \(20%\)None\d+%/);
    await manager.page.locator('input[type=file]').setInputFiles(reportPath);
    await manager.page.getByRole('status').filter({ hasText: '1 report added.' }).waitFor();
    await expect(manager.page.locator('table').first().locator('tbody tr').count()).resolves.toBe(1);
    await expect(manager.page.getByText('Reports are self-reported.').isVisible()).resolves.toBe(true);

    const [csv] = await Promise.all([
      manager.page.waitForEvent('download'),
      manager.page.getByRole('button', { name: 'Export the roster (CSV)' }).click(),
    ]);
    const rows = readFileSync((await csv.path())!, 'utf8').split('\r\n');
    expect(rows).toHaveLength(1 + 5 + 1);
    expect(rows.find((r) => r.includes('glad-or-mad'))).toMatch(
      /^Service and phone refresher,a-[0-9a-z]+,Front desk,\d{4}-\d\d-\d\d,Sam Lee,.*,Glad or mad,glad-or-mad,\d{4}-.*Z,\d+,\d+,yes,,no,"[^"]+","[^"]+","[^"]+"$/,
    );

    // Opening the report link itself also shows it.
    await manager.page.goto(reportLink);
    await manager.page
      .getByRole('row', { name: /Sam Lee/ })
      .first()
      .waitFor();

    expect(manager.errors).toEqual([]);
    expect(learner.errors).toEqual([]);
    await manager.context.close();
    await learner.context.close();
  });

  it('a link carrying markup in its title shows the text and runs nothing', async () => {
    const { page, context, errors } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(
      `${base}/assignment/#${fragmentOf({ ...sample, t: markup, b: `<script>alert(2)</script>`, n: `<b onmouseover=alert(3)>note</b>` })}`,
    );
    const heading = page.locator('.assignment-card h2');
    await expect(heading.textContent()).resolves.toBe(markup);
    await expect(page.locator('main img, main b').count()).resolves.toBe(0);
    await expect(page.evaluate(() => [...document.scripts].some((el) => el.textContent?.includes('alert(')))).resolves.toBe(false);
    await expect(page.locator('.assignment-meta').textContent()).resolves.toContain('from <script>alert(2)</script>');

    // The same in a report on the Team page.
    const report = encodeReport({
      a: 'a-x',
      t: markup,
      n: '<img src=y onerror=alert(4)>',
      at: '2026-11-19T10:00:00.000Z',
      i: [{ s: 'glad-or-mad' }],
    });
    if (!report.ok) throw new Error(report.message);
    await page.goto(`${base}/team/#${report.fragment}`);
    await page.getByRole('heading', { name: markup }).waitFor();
    await expect(page.getByRole('rowheader', { name: '<img src=y onerror=alert(4)>' }).count()).resolves.toBe(1);
    await expect(page.locator('main img').count()).resolves.toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    [
      'tampered',
      () => {
        const f = fragmentOf(sample);
        return f.slice(0, -6) + (f.at(-6) === 'A' ? 'B' : 'A') + f.slice(-5);
      },
      /was changed after it was made/,
    ],
    ['truncated', () => fragmentOf(sample).slice(0, -10), /incomplete: its end is missing/],
    ['oversized', () => `a1.${'A'.repeat(5000)}`, /too long/],
    ['of an unknown version', () => fragmentOf(sample).replace(/^a1/, 'a7'), /format this page does not know \(version 7\)/],
    [
      'naming unknown lessons',
      () => seal('a', 1, { ...sample, i: ['glad-or-mad', 'how-to-juggle'] }),
      /lessons this course does not have: how-to-juggle/,
    ],
    ['missing', () => '', /There is no assignment link here/],
  ])('a link %s gets a clear message and changes nothing', async (_what, make, message) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/`);
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ version: 1, lessons: {}, activities: {}, assignments: {} })), KEY);
    const before = await stored(page);
    await page.goto(`${base}/assignment/#${make()}`);
    const alert = page.getByRole('alert').filter({ hasText: 'This assignment could not be opened.' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(message);
    await expect(alert.textContent()).resolves.toContain('Nothing was changed.');
    expect(await stored(page)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a faulty report on the Team page is named, and the good ones still count', async () => {
    const { page, context } = await openPage(browser);
    const good = encodeReport({
      a: 'a-x',
      t: 'Refresher',
      n: 'Ana',
      at: '2026-11-19T10:00:00.000Z',
      i: [{ s: 'glad-or-mad', c: '2026-11-18T10:00:00.000Z', p: 75 }],
    });
    if (!good.ok) throw new Error(good.message);
    await page.goto(`${base}/team/`);
    await page.locator('astro-island:not([ssr]) .team').waitFor();
    await page.getByLabel(/Paste report links/).fill(`${base}/team/#${good.fragment}\n${base}/team/#${good.fragment.slice(0, -5)}`);
    await page.getByRole('button', { name: 'Add reports' }).click();
    await page.getByRole('status').filter({ hasText: '1 report added. 1 item could not be used' }).waitFor();
    await expect(page.locator('.message.error').textContent()).resolves.toMatch(/link 2:.*incomplete/);
    await expect(page.getByRole('row', { name: /Ana/ }).first().textContent()).resolves.toMatch(/1 of 1 \(100%\)None75%/);
    await context.close();
  });

  it('the Team page lists who is expected and has not reported, with a ready reminder, and keeps the names', async () => {
    const { page, context, errors } = await openPage(browser);
    const report = encodeReport({
      a: 'a-exp1',
      t: 'Phone refresher',
      n: 'Ana Silva',
      at: '2026-11-19T10:00:00.000Z',
      d: '2026-12-08',
      i: [{ s: 'glad-or-mad' }],
    });
    if (!report.ok) throw new Error(report.message);
    await page.goto(`${base}/team/`);
    await page.locator('astro-island:not([ssr]) .team').waitFor();
    await page.getByText('Who should report').click();
    await page.getByLabel(/The people you sent the assignment to/).fill('Ana Silva\nBo Lindqvist\nChen Wei');
    await page
      .getByText('Nobody')
      .or(page.getByText(/Not reported yet \(3\)/))
      .first()
      .waitFor();
    await page.getByLabel(/Paste report links/).fill(`${base}/team/#${report.fragment}`);
    await page.getByRole('button', { name: 'Add reports' }).click();
    const missing = page.locator('.not-reported');
    await expect(missing.locator('p').first().textContent()).resolves.toBe('Not reported yet (2): Bo Lindqvist, Chen Wei');
    const mail = await missing.getByRole('link', { name: 'Write a reminder e-mail' }).getAttribute('href');
    expect(new URLSearchParams(mail!.slice('mailto:?'.length)).get('subject')).toBe('Reminder: Phone refresher');
    await page.reload();
    await expect(page.locator('.not-reported p').first().textContent()).resolves.toBe('Not reported yet (2): Bo Lindqvist, Chen Wei');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the printed sheet shows the assignment and its QR code, without the form', async () => {
    const { page, context } = await openPage(browser);
    await makeAssignment(page);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['.assign-form', '.share-panel .no-print', '.site-header nav', '.print-sheet', 'svg.qr'].map(
        (s) => getComputedStyle(document.querySelector(s) as Element).display,
      ),
    );
    expect(shown.slice(0, 3)).toEqual(['none', 'none', 'none']);
    expect(shown.slice(3)).not.toContain('none');
    await context.close();
  });

  describe('accessibility', () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`axe-core finds nothing on the three pages in use (${colorScheme})`, async () => {
        const { page, context } = await openPage(browser, { colorScheme });
        await makeAssignment(page);
        expect(describeViolations(await axeViolations(page)), 'assign').toEqual([]);

        await page.goto(`${base}/assignment/#${fragmentOf(sample)}`);
        await page.locator('.assignment-card').waitFor();
        await page.locator('summary', { hasText: 'Make a completion report' }).click();
        await page.getByRole('button', { name: 'Make my report' }).click();
        await page.getByRole('alert').waitFor();
        expect(describeViolations(await axeViolations(page)), 'assignment').toEqual([]);
        await page.getByLabel('Your name, as your manager knows you').fill('Ana');
        await page.getByRole('button', { name: 'Make my report' }).click();
        const report = await page.getByLabel('Report link').inputValue();

        await page.goto(`${base}/`);
        await page.locator('.my-assignments').waitFor();
        expect(describeViolations(await axeViolations(page)), 'home with an assignment').toEqual([]);

        await page.goto(report);
        await page.getByRole('row', { name: /Ana/ }).first().waitFor();
        expect(describeViolations(await axeViolations(page)), 'team').toEqual([]);
        await context.close();
      });
    }

    it('the three pages fit 320 px with an assignment, a sheet and a roster', async () => {
      const { page, context } = await openPage(browser, { viewport: { width: 320, height: 640 } });
      const width = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await makeAssignment(page);
      expect(await width()).toBeLessThanOrEqual(0);
      await page.goto(`${base}/assignment/#${fragmentOf(sample)}`);
      await page.locator('.assignment-card').waitFor();
      expect(await width()).toBeLessThanOrEqual(0);
      const report = encodeReport({
        a: 'a-x',
        t: 'Refresher',
        n: 'Ana',
        at: '2026-11-19T10:00:00.000Z',
        i: [{ s: 'glad-or-mad' }, { s: 'back-to-basics' }],
      });
      if (!report.ok) throw new Error(report.message);
      await page.goto(`${base}/team/#${report.fragment}`);
      await page.getByRole('row', { name: /Ana/ }).first().waitFor();
      expect(await width()).toBeLessThanOrEqual(0);
      await context.close();
    });

    it('the lesson picker and the link can be used by keyboard alone', async () => {
      const { page, context } = await openPage(browser);
      await page.goto(`${base}/assign/`);
      await page.locator('astro-island:not([ssr]) .assign-form').waitFor();
      await page.getByLabel('Whole module: Why service matters').focus();
      await page.keyboard.press('Space');
      await expect(page.locator('.pick-summary').textContent()).resolves.toMatch(/^4 lessons picked/);
      await page.getByLabel(/^Title/).focus();
      await page.keyboard.type('By keyboard');
      await page.keyboard.press('Enter');
      // Focus moves to the new section, so a screen reader reads it next.
      await page.waitForFunction(() => document.activeElement?.id === 'share-title');
      await context.close();
    });
  });
});
