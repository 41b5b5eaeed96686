import type { Page } from 'playwright-core';

/** Waits until an island's content is hydrated (Astro drops the `ssr` attribute once it has). */
export async function hydrated(page: Page, selector: string) {
  // client:visible hydrates once the island is on screen, so bring it there first.
  await page.locator(selector).scrollIntoViewIfNeeded();
  const island = page.locator(`astro-island:not([ssr]) ${selector}`);
  await island.waitFor();
  return island;
}

/** Finishes a lesson the way its completion rule asks: plays the role-play to an end and submits the check. */
export async function finishLesson(page: Page) {
  const roleplay = await hydrated(page, '[data-roleplay]');
  while ((await roleplay.getAttribute('data-state')) !== 'ended') {
    await roleplay.locator('button.reply').first().click();
  }
  const check = await hydrated(page, '[data-check]');
  for (const question of await check.locator('fieldset.question:not(.order)').all()) {
    await question.locator('input').first().check();
  }
  await check.getByRole('button', { name: 'Check my answers' }).click();
  await check.getByRole('heading', { name: /^You got/ }).waitFor();
  await page.getByText(/Done: you completed this lesson/).waitFor();
}
