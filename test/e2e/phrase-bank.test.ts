import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';

// The phrase bank on a phone: the line to say is on the first screen, and "Hear it" reads it with the
// browser's own speech synthesis where there is one, and says so where there is not.
const base = inject('baseURL');
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a "What to say when…" card', () => {
  it('shows the line to say, two others and one to avoid on the first screen of a phone, with Hear it', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    const spoken: string[] = [];
    await page.exposeFunction('recordSpeech', (text: string) => spoken.push(text));
    await page.addInitScript(() => {
      // Record what would be spoken, instead of speaking.
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) =>
        void (window as unknown as { recordSpeech: (t: string) => void }).recordSpeech(`${u.lang}|${u.text}`);
    });
    await page.goto(`${base}/handbook/say-when-on-hold/`);
    const box = page.locator('.say-first');
    const line = box.locator('#say-first-line');
    expect(await line.textContent()).toMatch(/hold/i);
    const bottom = await box.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(844);
    expect(await box.locator('.alternatives li').count()).toBe(2);
    await box.getByText('Avoid').waitFor();
    const hear = box.getByRole('button', { name: 'Hear it: the line to say' });
    await hear.click();
    expect(spoken).toEqual([`en|${(await line.textContent())!.trim()}`]);
    expect(await hear.getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says plainly where the browser cannot read aloud, and shows no dead button', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await page.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
    });
    await page.goto(`${base}/handbook/say-when-on-hold/`);
    await page.getByText('Reading lines aloud is not available in this browser.').waitFor();
    expect(await page.getByRole('button', { name: /^Hear it/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a lesson\'s "What to say" lines aloud as one', async () => {
    const { page, context } = await openPage(browser);
    const spoken: string[] = [];
    await page.exposeFunction('recordSpeech', (text: string) => spoken.push(text));
    await page.addInitScript(() => {
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) =>
        void (window as unknown as { recordSpeech: (t: string) => void }).recordSpeech(u.text);
    });
    await page.goto(`${base}/modules/phone-and-email/answering-the-phone/`);
    await page.getByRole('button', { name: 'Hear it: these lines' }).first().click();
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatch(/Good morning!.*How may I help you\?/);
    await context.close();
  });
});
