import type { Page } from 'playwright-core';

/** An everyday question and the pages (paths) that answer it, best first. */
export interface Question {
  q: string;
  answers: string[];
}

/**
 * Types each question into the site's own search page (one page load, then as a learner types) and counts
 * those with an answering page in the top three, and those search called no direct answer. Used by the
 * search-quality test and by `npm run bench`.
 */
export async function askAll(page: Page, base: string, questions: readonly Question[]) {
  await page.goto(`${base}/search/`);
  await page.locator('astro-island:not([ssr]) .search-panel').waitFor();
  let found = 0;
  let unsure = 0;
  const missed: { q: string; top: string[] }[] = [];
  for (const { q, answers } of questions) {
    const result = await page.evaluate(async (query) => {
      const input = document.querySelector<HTMLInputElement>('#search-page-q')!;
      const status = document.querySelector('#search-page-status')!;
      const done = new Promise<void>((resolve) => {
        const check = () => status.textContent?.includes(`“${query}”`) && resolve();
        new MutationObserver(check).observe(status, { childList: true, characterData: true, subtree: true });
      });
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await done;
      return {
        paths: [...document.querySelectorAll<HTMLAnchorElement>('.search-results > li > a')]
          .slice(0, 3)
          .map((a) => new URL(a.href).pathname),
        direct: !status.textContent?.startsWith('No direct answer'),
      };
    }, q);
    if (!result.direct) unsure += 1;
    const top = result.paths;
    if (top.some((path) => answers.includes(path))) found += 1;
    else missed.push({ q, top });
  }
  return { found, missed, unsure };
}
