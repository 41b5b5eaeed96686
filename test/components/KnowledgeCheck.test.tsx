import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import KnowledgeCheck from '../../src/islands/KnowledgeCheck.tsx';
import { PROGRESS_KEY } from '../../src/lib/progress/store.ts';
import { emptyProgress } from '../../src/lib/progress/schema.ts';
import { progressStore } from '../../src/client/progress.ts';
import { fixtureCheck } from '../support/fixtures.ts';

const check = fixtureCheck();
const mount = () => render(<KnowledgeCheck check={check} lesson="say-hello" lessonActivities={['check:say-hello-check']} />);
const orderTexts = () => [...document.querySelectorAll('.order-list .order-text')].map((e) => e.textContent);

/** Puts the order question right using only the Up buttons, as a keyboard user would. */
function sortOrderQuestion() {
  const wanted = ['Good morning', 'Glad to Help Shop', 'This is Sam', 'How may I help you?'];
  wanted.forEach((text, target) => {
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

  it('starts the order question scrambled, grades right answers and saves the score', async () => {
    mount();
    expect(orderTexts()).not.toEqual(['Good morning', 'Glad to Help Shop', 'This is Sam', 'How may I help you?']);
    fireEvent.click(screen.getByLabelText('As soon as they come in.'));
    fireEvent.click(screen.getByLabelText('A smile.'));
    fireEvent.click(screen.getByLabelText('Eye contact.'));
    sortOrderQuestion();
    fireEvent.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getByRole('heading', { name: 'You got 3 of 3 right' })).toBeTruthy();
    await screen.findByText(/Saved to your progress/);
    const attempts = JSON.parse(localStorage.getItem(PROGRESS_KEY)!).activities['check:say-hello-check'].attempts;
    expect(attempts).toMatchObject([{ score: 3, max: 3 }]);
    const lesson = JSON.parse(localStorage.getItem(PROGRESS_KEY)!).lessons['say-hello'];
    expect(lesson.completion.done).toBe(true);
  });

  it('explains wrong answers, shows the right order, and lets the learner try again', () => {
    mount();
    fireEvent.click(screen.getByLabelText('Once you finish your task.'));
    fireEvent.click(screen.getByLabelText('Reading from a card.'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(screen.getByRole('heading', { name: /You got 0 of 3 right/ })).toBeTruthy();
    expect(screen.getByText('They feel ignored while they wait.')).toBeTruthy();
    const missed = [...document.querySelectorAll('.option-feedback')].map((e) => e.textContent);
    expect(missed).toContain('A right answer you missed. Right. A prompt hello shows they are welcome.');
    expect(screen.getByText('The right order:')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect((screen.getByLabelText('Once you finish your task.') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('button', { name: 'Check my answers' })).toBeTruthy();
  });
});
