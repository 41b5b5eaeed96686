import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import KnowledgeCheck from '../../src/islands/KnowledgeCheck.tsx';
import RolePlay from '../../src/islands/RolePlay.tsx';
import { playableCheck } from '../../src/lib/checks/playable.ts';
import { fixtureCheck, fixtureSequences, fixtureScenario } from '../support/fixtures.ts';

// On a lesson page the role-play and the check carry only their first screen (rendered at build time, the
// island's children) and fetch their whole data when they hydrate: the page does not carry it twice.
const scenario = fixtureScenario();
const check = playableCheck(fixtureCheck(), fixtureSequences());
const activities = ['roleplay:gift-for-an-aunt', 'check:say-hello-check'];

type Answer = { ok: boolean; status: number; json: () => Promise<unknown> };
const answers = (...bodies: (unknown | Error)[]) => {
  const fetch = vi.fn(async (): Promise<Answer> => {
    const body = bodies.length > 1 ? bodies.shift() : bodies[0];
    if (body instanceof Error) throw body;
    return { ok: body !== 'HTTP 500', status: body === 'HTTP 500' ? 500 : 200, json: async () => body };
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
};

/** The island as a lesson page has it: the data URL, and the server-rendered first screen as children. */
const rolePlayFromFile = () =>
  render(
    <RolePlay src="/data/scenarios/gift-for-an-aunt.json" lesson="say-hello" lessonActivities={activities}>
      <RolePlay scenario={scenario} preview lesson="say-hello" lessonActivities={activities} />
    </RolePlay>,
  );
const checkFromFile = () =>
  render(
    <KnowledgeCheck src="/data/checks/say-hello-check.json" lesson="say-hello" lessonActivities={activities}>
      <KnowledgeCheck check={check} preview lesson="say-hello" lessonActivities={activities} />
    </KnowledgeCheck>,
  );
const replies = () => within(screen.getByRole('group', { name: 'What do you say?' })).getAllByRole('button') as HTMLButtonElement[];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a role-play that fetches its scenario', () => {
  it('first shows the first screen, replies not yet usable, then plays once the scenario has arrived', async () => {
    const fetch = answers(scenario);
    rolePlayFromFile();
    expect(document.querySelector('[data-roleplay]')?.hasAttribute('data-preview')).toBe(true);
    expect(screen.getByText('Hello? Are you open?')).toBeTruthy();
    expect(replies().map((b) => b.closest('fieldset')?.disabled)).toEqual([true, true, true]);
    await vi.waitFor(() => expect(document.querySelector('[data-roleplay]:not([data-preview])')).toBeTruthy());
    expect(fetch).toHaveBeenCalledWith('/data/scenarios/gift-for-an-aunt.json');
    await vi.waitFor(() => expect(document.querySelector('[data-roleplay]')?.getAttribute('data-seeded')).toBe('true'));
    expect(replies().every((b) => !b.closest('fieldset')?.disabled)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: "One second, I'm just finishing this note." }));
    expect(screen.getByText('Is anyone going to help me?')).toBeTruthy();
  });

  it('says so when the scenario cannot be fetched, and its button tries again', async () => {
    const fetch = answers(new Error('offline'), 'HTTP 500', { not: 'a scenario' }, scenario);
    rolePlayFromFile();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The role-play could not be loaded');
    for (const attempt of [2, 3]) {
      fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
      await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(attempt));
      await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('could not be loaded'));
    }
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(document.querySelector('[data-roleplay]:not([data-preview])')).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});

describe('a knowledge check that fetches its questions', () => {
  it('first says where the questions will be, with nothing answerable, then shows and runs them once the check has arrived', async () => {
    answers(check);
    checkFromFile();
    expect(screen.queryByText('When should you greet a customer?')).toBeNull();
    expect(screen.getByText(/questions load here when you reach them/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check my answers' }).hasAttribute('disabled')).toBe(true);
    await vi.waitFor(() => expect(document.querySelector('[data-check]:not([data-preview])')).toBeTruthy());
    expect(screen.getByText('When should you greet a customer?')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check my answers' }).hasAttribute('disabled')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getByText('Answer question 1 first.')).toBeTruthy();
  });

  it('says so when the check cannot be fetched, and its button tries again', async () => {
    const fetch = answers('HTTP 500', check);
    checkFromFile();
    const alert = await vi.waitFor(() => {
      const shown = document.querySelector('.load-problem[role="alert"]');
      if (!shown) throw new Error('no problem shown yet');
      return shown;
    });
    expect(alert.textContent).toContain('The knowledge check could not be loaded');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(document.querySelector('[data-check]:not([data-preview])')).toBeTruthy());
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
