import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import KnowledgeCheck from '../../src/islands/KnowledgeCheck.tsx';
import { PROGRESS_KEY } from '../../src/lib/progress/store.ts';
import { emptyProgress } from '../../src/lib/progress/schema.ts';
import { playableCheck } from '../../src/lib/checks/playable.ts';
import { progressStore } from '../../src/client/progress.ts';
import { fixtureCheck, fixtureSequences } from '../support/fixtures.ts';

const greeting = fixtureSequences().get('phone-greeting')!;
const check = playableCheck(fixtureCheck(), new Map([[greeting.id, greeting]]));
const ACTIVITIES = ['roleplay:gift-for-an-aunt', 'check:say-hello-check'];
const mount = () => render(<KnowledgeCheck check={check} lesson="say-hello" lessonActivities={ACTIVITIES} />);
const orderTexts = () => [...document.querySelectorAll('.order-list .order-text')].map((e) => e.textContent);
const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}');

/** Puts the order question right using only the Up buttons, as a keyboard user would. */
function sortOrderQuestion() {
  greeting.steps
    .map((s) => s.label)
    .forEach((text, target) => {
      while (orderTexts().indexOf(text) > target) fireEvent.click(screen.getByRole('button', { name: `Move up: ${text}` }));
    });
}

afterEach(() => {
  cleanup();
  // The page's store is one per page; start each test from an empty record.
  progressStore().replace(emptyProgress());
  localStorage.clear();
});

describe('KnowledgeCheck island', () => {
  it('asks for every answer before grading', () => {
    mount();
    fireEvent.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getByRole('alert').textContent).toBe('Answer question 1 first.');
  });

  it('passing: grades, saves the score with its seed and pass, and with the role-play done completes the lesson', async () => {
    progressStore().update((p) => ({
      ...p,
      activities: {
        'roleplay:gift-for-an-aunt': {
          lesson: 'say-hello',
          attempts: [{ id: 'r', at: '2026-11-01T09:00:00.000Z', score: 2, max: 6, path: [] }],
        },
      },
    }));
    mount();
    expect(orderTexts()).not.toEqual(greeting.steps.map((s) => s.label));
    fireEvent.click(screen.getByLabelText('As soon as they come in.'));
    fireEvent.click(screen.getByLabelText('A smile.'));
    fireEvent.click(screen.getByLabelText('Eye contact.'));
    sortOrderQuestion();
    fireEvent.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getByRole('heading', { name: 'Passed: 3 of 3 points (100%)' })).toBeTruthy();
    await screen.findByText(/Saved to your progress/);
    expect(stored().activities['check:say-hello-check'].attempts).toMatchObject([{ score: 3, max: 3, passed: true }]);
    expect(stored().activities['check:say-hello-check'].attempts[0].seed).toMatch(/^[a-z0-9]+$/);
    expect(stored().lessons['say-hello'].completion.done).toBe(true);
  });

  it('failing: says what to revisit, keeps the lesson in progress, and Try again starts fresh', async () => {
    progressStore().update((p) => ({
      ...p,
      activities: {
        'roleplay:gift-for-an-aunt': {
          lesson: 'say-hello',
          attempts: [{ id: 'r', at: '2026-11-01T09:00:00.000Z', score: 6, max: 6, path: [] }],
        },
      },
    }));
    mount();
    fireEvent.click(screen.getByLabelText('Once your task is done.'));
    fireEvent.click(screen.getByLabelText('Reading a card.'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getByRole('heading', { name: /^Not passed yet: [\d.]+ of 3 points/ })).toBeTruthy();
    expect(screen.getByText(/You need 2.25 of 3 points to pass/)).toBeTruthy();
    expect([...document.querySelectorAll('.revisit li')].map((li) => li.textContent)).toEqual([
      'Question 1: When should you greet a customer?',
      'Question 2: Which make a greeting warm?',
      'Question 3: Put the phone greeting in order.',
    ]);
    expect(screen.getByText('They feel ignored while they wait.')).toBeTruthy();
    const missed = [...document.querySelectorAll('.option-feedback')].map((e) => e.textContent);
    expect(missed).toContain('A right answer you missed. Right. A prompt hello shows they are welcome.');
    expect(screen.getByText('The right order:')).toBeTruthy();
    expect(document.querySelector('.out-of-place')?.textContent).toMatch(/^Out of place: /);
    await screen.findByText(/the lesson stays in progress until you pass/);
    expect(stored().activities['check:say-hello-check'].attempts).toMatchObject([{ max: 3, passed: false }]);
    expect(stored().lessons['say-hello'].completion).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect((screen.getByLabelText('Once your task is done.') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('button', { name: 'Check my answers' })).toBeTruthy();
  });
});
