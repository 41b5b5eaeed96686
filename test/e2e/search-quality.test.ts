import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { QUESTION_SETS, askAll, readQuestions } from '../support/search-questions.ts';

// Everyday questions (test/search/*.yaml), typed into the site's own search page: each set must find a page that
// answers them in the top three as often as its floor says. Questions the course does not answer
// (test/search/not-covered.yaml) must mostly be told there is no direct answer.
const base = inject('baseURL');
const notCovered = loadYaml(readFileSync(new URL('../search/not-covered.yaml', import.meta.url), 'utf8')) as string[];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('search answers the questions workers type', () => {
  it('has sets of at least 60 questions, each with the pages that answer it', () => {
    for (const { file } of QUESTION_SETS) {
      const questions = readQuestions(file);
      expect(questions.length, file).toBeGreaterThanOrEqual(60);
      expect(questions.every((q) => q.q.trim().length > 0 && q.answers.length > 0)).toBe(true);
    }
  });

  for (const { file, label, floor } of QUESTION_SETS) {
    it(`finds a fitting page in the top three for at least ${Math.round(floor * 100)} % of ${label}`, async () => {
      const questions = readQuestions(file);
      const { page, context } = await openPage(browser);
      const { found, missed, unsure } = await askAll(page, base, questions);
      const share = found / questions.length;
      console.log(
        `Search quality, ${file}: ${found} of ${questions.length} (${(share * 100).toFixed(1)} %) in the top three; ${unsure} called no direct answer`,
      );
      if (file === 'questions.yaml') {
        // A covered question is seldom told there is no direct answer.
        expect(unsure / questions.length, `${unsure} covered questions called no direct answer`).toBeLessThanOrEqual(0.1);
      }
      expect(share, `missed:\n${missed.map((m) => `${m.q} -> ${m.top.join(' | ')}`).join('\n')}`).toBeGreaterThanOrEqual(floor);
      await context.close();
    }, 240_000);
  }

  it('says it has no direct answer for most questions the course does not cover', async () => {
    const { page, context } = await openPage(browser);
    const { answered: said } = await askAll(
      page,
      base,
      notCovered.map((q) => ({ q, answers: [] })),
    );
    console.log(`Not covered: ${notCovered.length - said.length} of ${notCovered.length} told there is no direct answer`);
    // Words alone cannot always tell (a question about breaks on a long shift shares every word with the course).
    // Today: 49 of 61.
    expect(notCovered.length - said.length, `answered as if covered: ${said.join(' | ')}`).toBeGreaterThanOrEqual(notCovered.length * 0.75);
    await context.close();
  }, 180_000);
});
