import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RolePlay from '../../src/islands/RolePlay.tsx';
import { PROGRESS_KEY } from '../../src/lib/progress/store.ts';
import { emptyProgress } from '../../src/lib/progress/schema.ts';
import { progressStore } from '../../src/client/progress.ts';
import { fixtureScenario } from '../support/fixtures.ts';

const scenario = fixtureScenario();
const mount = () => render(<RolePlay scenario={scenario} lesson="say-hello" lessonActivities={['roleplay:gift-for-an-aunt', 'check:say-hello-check']} />);
const reply = (text: string) => fireEvent.click(screen.getByRole('button', { name: text }));
const saved = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}').activities?.['roleplay:gift-for-an-aunt']?.attempts ?? [];

afterEach(() => {
  cleanup();
  // The page's store is one per page; start each test from an empty record.
  progressStore().replace(emptyProgress());
  localStorage.clear();
});

describe('RolePlay island', () => {
  it('shows the persona, the mood in words, the first line and the replies as buttons', () => {
    mount();
    expect(screen.getByText('Ana Lima')).toBeTruthy();
    expect(screen.getByText(/Ana's mood:/).textContent).toContain('unsure (50 of 100)');
    expect(screen.getByText('Hello? Are you open?')).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'What do you say?' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['Good morning! Yes, come on in.', 'Mm-hm.']);
  });

  it('grows the conversation with each choice, announces the feedback and moves the mood', async () => {
    mount();
    reply('Mm-hm.');
    expect(document.querySelector('.conversation .feedback')?.textContent).toContain('She feels like an interruption.');
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('She feels like an interruption. Ana feels cooler (-20).');
    expect(screen.getByText(/Ana's mood:/).textContent).toContain('annoyed (30 of 100)');
    expect(screen.getByText('Is anyone going to help me?')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement?.textContent).toContain('Is anyone going to help me?');
  });

  it('ends with the outcome, the score and a review, and saves the attempt', async () => {
    mount();
    reply('Mm-hm.');
    reply("Sorry! I'd be glad to help. What are you after?");
    reply('Then these seed kits are perfect.');
    expect(screen.getByRole('heading', { name: 'Ana leaves glad' })).toBeTruthy();
    expect(screen.getByText(/Score:/).textContent).toContain('3 of 5 points (60%)');
    expect(document.querySelector('.review .better')?.textContent).toContain('A better reply: “Good morning! Yes, come on in.”');
    await vi.waitFor(() => expect(saved()).toMatchObject([{ score: 3, max: 5, path: ['door:1', 'cold:0', 'close:0'] }]));
    expect(screen.getByText(/Score:/).textContent).toContain('Saved to your progress.');
    expect(saved()[0].practice).toBeUndefined();
  });

  it('step back is allowed but the run then counts as practice', async () => {
    mount();
    reply('Mm-hm.');
    fireEvent.click(screen.getByRole('button', { name: 'Step back one reply' }));
    expect(screen.getByText('Hello? Are you open?')).toBeTruthy();
    reply('Good morning! Yes, come on in.');
    reply('Lovely! What does she enjoy?');
    reply('Then these seed kits are perfect.');
    await screen.findByText(/Practice run/);
    await vi.waitFor(() => expect(saved()).toMatchObject([{ score: 6, max: 6, practice: true }]));
  });

  it('replays from a decision in the review, and starts over with Try again', async () => {
    mount();
    reply('Good morning! Yes, come on in.');
    reply('Gifts are over there.');
    reply("I'm busy right now.");
    expect(screen.getByRole('heading', { name: 'Ana leaves mad' })).toBeTruthy();
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    expect(screen.getByText(/Map of the conversation/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replay from decision 2' }));
    expect(screen.getByText('I need a gift for my aunt.', { selector: '.current .line' })).toBeTruthy();
    reply('Lovely! What does she enjoy?');
    reply('Then these seed kits are perfect.');
    expect(screen.getByRole('heading', { name: 'Ana leaves glad' })).toBeTruthy();
    await vi.waitFor(() => expect(saved()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('heading', { name: /leaves/ })).toBeNull();
    expect(saved().map((a: { practice?: boolean }) => a.practice ?? false)).toEqual([false, true]);
  });
});
