import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RolePlay from '../../src/islands/RolePlay.tsx';
import { PROGRESS_KEY } from '../../src/lib/progress/store.ts';
import { emptyProgress } from '../../src/lib/progress/schema.ts';
import { replyOrder, start } from '../../src/lib/roleplay/engine.ts';
import { progressStore } from '../../src/client/progress.ts';
import { fixtureScenario } from '../support/fixtures.ts';

const scenario = fixtureScenario();
const mount = () =>
  render(<RolePlay scenario={scenario} lesson="say-hello" lessonActivities={['roleplay:gift-for-an-aunt', 'check:say-hello-check']} />);
const reply = (text: string) => fireEvent.click(screen.getByRole('button', { name: text }));
const shown = () =>
  within(screen.getByRole('group', { name: 'What do you say?' }))
    .getAllByRole('button')
    .map((b) => b.textContent);
const saved = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}').activities?.['roleplay:gift-for-an-aunt']?.attempts ?? [];

afterEach(() => {
  cleanup();
  // The page's store is one per page; start each test from an empty record.
  progressStore().replace(emptyProgress());
  localStorage.clear();
});

describe('RolePlay island', () => {
  it('shows the persona, the mood in words, the first line and the replies as buttons, shuffled', () => {
    mount();
    expect(screen.getByText('Ana Lima')).toBeTruthy();
    expect(screen.getByText(/Ana's mood:/).textContent).toContain('unsure (50 of 100)');
    expect(screen.getByText('Hello? Are you open?')).toBeTruthy();
    expect([...shown()].sort()).toEqual([
      'Morning! Yes, come on in.',
      "One second, I'm just finishing this note.",
      'Yes, we open at nine. Gifts are along the back.',
    ]);
  });

  it("each attempt in the browser gets its own seed: the shown order is that seed's order", async () => {
    mount();
    await vi.waitFor(() => expect(saved()).toEqual([]));
    reply("One second, I'm just finishing this note.");
    reply("I'm on my own today, so bear with me.");
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    const { seed } = saved()[0];
    expect(seed).toMatch(/^[a-z0-9]+$/);
    expect(seed).not.toBe(scenario.id);
    fireEvent.click(screen.getByRole('button', { name: 'Replay from decision 1' }));
    const door = scenario.nodes['door'];
    if (door?.kind !== 'decision') throw new Error('fixture changed');
    expect(shown()).toEqual(replyOrder(scenario, start(scenario, seed), 'door').map((i) => door.choices[i]!.reply));
  });

  it("after a reply: the customer's reaction and mood change, then the coach's note, announced in that order", async () => {
    mount();
    reply("One second, I'm just finishing this note.");
    expect(document.querySelector('.conversation .feedback')?.textContent).toContain('She feels like an interruption.');
    expect(document.querySelector('.conversation .feedback')?.textContent).toContain('Habit: rushing.');
    expect(document.querySelector('.current .reaction')?.textContent).toBe('Ana feels cooler (-20)');
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('Ana: Is anyone going to help me? Ana feels cooler (-20). Coach: She feels like an interruption.');
    expect(screen.getByText(/Ana's mood:/).textContent).toContain('annoyed (30 of 100)');
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement?.textContent).toContain('Is anyone going to help me?');
  });

  it('ends with the outcome its mood earned, the score, the habits and a review, and saves the attempt with its traps', async () => {
    mount();
    reply('Yes, we open at nine. Gifts are along the back.');
    reply('Most people go for our candles.');
    reply("We don't stock garden things, sorry.");
    expect(screen.getByRole('heading', { name: 'Ana leaves mad' })).toBeTruthy();
    expect(screen.getByText(/Score:/).textContent).toContain('3 of 6 points (50%)');
    expect(document.querySelector('.outcome-traps')?.textContent).toContain('cold efficiency, jumping to conclusions');
    expect(document.querySelector('.review .better')?.textContent).toContain('A better reply: “Morning! Yes, come on in.”');
    await vi.waitFor(() =>
      expect(saved()).toMatchObject([
        {
          score: 3,
          max: 6,
          path: ['door:1', 'browse:1', 'close:1'],
          traps: ['cold-efficiency', 'jumps-to-conclusions', 'cold-efficiency'],
        },
      ]),
    );
    expect(screen.getByText(/Score:/).textContent).toContain('Saved to your progress.');
    expect(saved()[0].practice).toBeUndefined();
  });

  it('step back is allowed but the run then counts as practice', async () => {
    mount();
    reply("One second, I'm just finishing this note.");
    fireEvent.click(screen.getByRole('button', { name: 'Step back one reply' }));
    expect(screen.getByText('Hello? Are you open?')).toBeTruthy();
    reply('Morning! Yes, come on in.');
    reply('Lovely! What does she enjoy?');
    reply('Then a seed kit could suit her.');
    await screen.findByText(/Practice run/);
    await vi.waitFor(() => expect(saved()).toMatchObject([{ score: 6, max: 6, practice: true }]));
  });

  it('replays from a decision in the review, and starts over with Try again', async () => {
    mount();
    reply('Morning! Yes, come on in.');
    reply('Gifts are over there, shout if you need me.');
    reply("I'm on my own today, so bear with me.");
    expect(screen.getByRole('heading', { name: 'Ana leaves mad' })).toBeTruthy();
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    expect(screen.getByText(/Map of the conversation/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replay from decision 2' }));
    expect(screen.getByText('I need a gift for my aunt.', { selector: '.current .line' })).toBeTruthy();
    reply('Lovely! What does she enjoy?');
    reply('Then a seed kit could suit her.');
    expect(screen.getByRole('heading', { name: 'Ana leaves glad' })).toBeTruthy();
    await vi.waitFor(() => expect(saved()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('heading', { name: /leaves/ })).toBeNull();
    expect(saved().map((a: { practice?: boolean }) => a.practice ?? false)).toEqual([false, true]);
  });
});
