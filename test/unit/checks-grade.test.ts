import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerIds, gradeCheck, gradeQuestion, isComplete } from '../../src/lib/checks/grade.ts';
import { scrambledOrder } from '../../src/lib/checks/shuffle.ts';
import { fixtureCheck } from '../support/fixtures.ts';

const check = fixtureCheck();
const [single, multiple, order] = check.questions as [(typeof check.questions)[number], (typeof check.questions)[number], (typeof check.questions)[number]];

describe('knowledge-check grading', () => {
  it('single answer: right only for the correct option, with feedback for every option', () => {
    expect(gradeQuestion(single, { type: 'single', choice: 0 }).correct).toBe(true);
    const wrong = gradeQuestion(single, { type: 'single', choice: 1 });
    expect(wrong.correct).toBe(false);
    expect(wrong.options.map((o) => [o.picked, o.correct])).toEqual([[false, true], [true, false]]);
    expect(wrong.options[1]!.feedback).toBe('They feel ignored while they wait.');
  });

  it('several answers: right only when exactly the correct ones are picked', () => {
    expect(gradeQuestion(multiple, { type: 'multiple', choices: [0, 1] }).correct).toBe(true);
    expect(gradeQuestion(multiple, { type: 'multiple', choices: [0] }).correct).toBe(false);
    expect(gradeQuestion(multiple, { type: 'multiple', choices: [0, 1, 2] }).correct).toBe(false);
  });

  it('put in order: right only in the given order, and says which items sit in their place', () => {
    expect(gradeQuestion(order, { type: 'order', order: [0, 1, 2, 3] }).correct).toBe(true);
    const swapped = gradeQuestion(order, { type: 'order', order: [1, 0, 2, 3] });
    expect(swapped.correct).toBe(false);
    expect(swapped.placed.map((p) => p.rightPlace)).toEqual([false, false, true, true]);
    expect(swapped.feedback).toBe('Greeting, business, your name, then the offer to help.');
  });

  it('scores a whole check and records compact answer ids', () => {
    const answers = [{ type: 'single', choice: 0 }, { type: 'multiple', choices: [1, 0] }, { type: 'order', order: [0, 2, 1, 3] }] as const;
    expect(gradeCheck(check, answers)).toMatchObject({ score: 2, max: 3 });
    expect(answerIds(answers)).toEqual(['0', '0+1', '0>2>1>3']);
  });

  it('knows when a question is answered', () => {
    expect(isComplete(single, undefined)).toBe(false);
    expect(isComplete(multiple, { type: 'multiple', choices: [] })).toBe(false);
    expect(isComplete(order, { type: 'order', order: [0, 1, 2, 3] })).toBe(true);
  });
});

describe('scrambled order', () => {
  it('is a permutation, never already solved, and the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.string(), (n, seed) => {
        const a = scrambledOrder(n, seed);
        expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(a.every((v, i) => v === i)).toBe(false);
        expect(scrambledOrder(n, seed)).toEqual(a);
      }),
    );
  });
});
