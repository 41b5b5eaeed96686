import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASS_MARK, answerIds, gradeCheck, gradeQuestion, isComplete, orderCredit, pointsToPass } from '../../src/lib/checks/grade.ts';
import { orderItems, playableCheck } from '../../src/lib/checks/playable.ts';
import { validateCheck } from '../../src/lib/checks/validate.ts';
import { formatProblems } from '../../src/lib/course/validate.ts';
import { scrambledOrder, seededOrder } from '../../src/lib/practice/shuffle.ts';
import { fixtureCheck, fixtureSequences } from '../support/fixtures.ts';

const sequences = fixtureSequences();
const check = playableCheck(fixtureCheck(), sequences);
const [single, multiple, order] = check.questions as [
  (typeof check.questions)[number],
  (typeof check.questions)[number],
  (typeof check.questions)[number],
];

describe('knowledge-check grading', () => {
  it('single answer: right only for the correct option, with feedback for every option', () => {
    expect(gradeQuestion(single, { type: 'single', choice: 0 })).toMatchObject({ correct: true, credit: 1 });
    const wrong = gradeQuestion(single, { type: 'single', choice: 1 });
    expect(wrong).toMatchObject({ correct: false, credit: 0 });
    expect(wrong.options.map((o) => [o.picked, o.correct])).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(wrong.options[1]!.feedback).toBe('They feel ignored while they wait.');
  });

  it('several answers: right only when exactly the correct ones are picked', () => {
    expect(gradeQuestion(multiple, { type: 'multiple', choices: [0, 1] }).correct).toBe(true);
    expect(gradeQuestion(multiple, { type: 'multiple', choices: [0] }).credit).toBe(0);
    expect(gradeQuestion(multiple, { type: 'multiple', choices: [0, 1, 2] }).credit).toBe(0);
  });

  it('put in order: steps come from the sequence; partial credit for neighbours in order; says which steps are out of place', () => {
    expect(order.type === 'order' && order.items).toEqual(['Good morning', 'Glad to Help Shop', 'This is Sam', 'How may I help you?']);
    expect(gradeQuestion(order, { type: 'order', order: [0, 1, 2, 3] })).toMatchObject({ correct: true, credit: 1 });
    const oneMoved = gradeQuestion(order, { type: 'order', order: [1, 2, 3, 0] });
    expect(oneMoved.correct).toBe(false);
    expect(oneMoved.credit).toBeCloseTo(2 / 3);
    expect(oneMoved.placed.filter((p) => !p.rightPlace).map((p) => p.item)).toEqual(['Good morning']);
    expect(oneMoved.feedback).toBe('Greeting, business, your name, then the offer to help.');
    expect(gradeQuestion(order, { type: 'order', order: [3, 2, 1, 0] }).credit).toBe(0);
  });

  it('order credit: a random order earns about 1/n, far from the half that counting all pairs would give', () => {
    let total = 0;
    for (let i = 0; i < 2000; i++) total += orderCredit(seededOrder(5, `r${i}`), 5);
    expect(total / 2000).toBeGreaterThan(0.1);
    expect(total / 2000).toBeLessThan(0.3);
  });

  it('scores a whole check in points, with a pass mark of 75 %, and records compact answer ids', () => {
    const answers = [
      { type: 'single', choice: 0 },
      { type: 'multiple', choices: [1, 0] },
      { type: 'order', order: [1, 2, 3, 0] },
    ] as const;
    const result = gradeCheck(check, answers);
    expect(result).toMatchObject({ score: 2.67, max: 3, passed: true });
    expect(answerIds(answers)).toEqual(['0', '0+1', '1>2>3>0']);
    expect(
      gradeCheck(check, [
        { type: 'single', choice: 1 },
        { type: 'multiple', choices: [0, 1] },
        { type: 'order', order: [0, 1, 2, 3] },
      ]),
    ).toMatchObject({ score: 2, passed: false });
  });

  it('the pass mark: 3 of 4, 2.25 of 3', () => {
    expect(PASS_MARK).toBe(0.75);
    expect(pointsToPass(4)).toBe(3);
    expect(pointsToPass(3)).toBe(2.25);
  });

  it('knows when a question is answered', () => {
    expect(isComplete(single, undefined)).toBe(false);
    expect(isComplete(multiple, { type: 'multiple', choices: [] })).toBe(false);
    expect(isComplete(order, { type: 'order', order: [0, 1, 2, 3] })).toBe(true);
  });
});

describe('order questions and their sequence', () => {
  it('a subset of steps keeps the sequence order; an unknown step or sequence has no items', () => {
    expect(
      orderItems(
        { type: 'order', prompt: 'x', sequence: 'phone-greeting', steps: ['your-name', 'time-of-day', 'offer-help'], feedback: 'y' },
        sequences,
      ),
    ).toEqual(['Good morning', 'This is Sam', 'How may I help you?']);
    expect(
      orderItems({ type: 'order', prompt: 'x', sequence: 'phone-greeting', steps: ['hum'], feedback: 'y' }, sequences),
    ).toBeUndefined();
    expect(orderItems({ type: 'order', prompt: 'x', sequence: 'nope', feedback: 'y' }, sequences)).toBeUndefined();
  });

  it('the build names an unknown sequence or step', () => {
    const broken = fixtureCheck();
    const q = broken.questions[2]!;
    if (q.type !== 'order') throw new Error('fixture changed');
    q.steps = ['time-of-day', 'hum', 'offer-help'];
    expect(formatProblems(validateCheck('content/checks/say-hello-check.yaml', broken, sequences))).toBe(
      'content/checks/say-hello-check.yaml: questions.2.steps: [sequence-exists] hum not in "phone-greeting" (steps: time-of-day, business-name, your-name, offer-help)',
    );
    q.sequence = 'greeting';
    expect(formatProblems(validateCheck('content/checks/say-hello-check.yaml', broken, sequences))).toBe(
      'content/checks/say-hello-check.yaml: questions.2.sequence: [sequence-exists] "greeting" is not a sequence in content/sequences/ (known: phone-greeting)',
    );
  });
});

describe('check rules: no tells', () => {
  it('the right option may be the longest in at most one question', () => {
    const broken = fixtureCheck();
    for (const q of broken.questions)
      if (q.type !== 'order') q.options.find((o) => o.correct)!.text += ' This one is much longer than the rest.';
    expect(formatProblems(validateCheck('c.yaml', broken, sequences))).toBe(
      'c.yaml: questions: [right-not-longest] the right option is the longest in 2 questions; at most 1 may be',
    );
  });

  it('a multiple-answer question has at least two right and two wrong options; no position words', () => {
    const broken = fixtureCheck();
    const q = broken.questions[1]!;
    if (q.type !== 'multiple') throw new Error('fixture changed');
    q.options[1]!.correct = false;
    q.options[2]!.text = 'All of the above';
    expect(formatProblems(validateCheck('c.yaml', broken, sequences))).toBe(
      'c.yaml: questions.1.options: [multiple-balance] has 1 right and 3 wrong options; give at least 2 of each\n' +
        'c.yaml: questions.1.options: [no-position-words] "all/none of the above" makes no sense once options are shuffled',
    );
  });
});

describe('seeded orders', () => {
  it('scrambled: a permutation, never already solved, and the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.string(), (n, seed) => {
        const a = scrambledOrder(n, seed);
        expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(a.every((v, i) => v === i)).toBe(false);
        expect(scrambledOrder(n, seed)).toEqual(a);
      }),
    );
  });

  it('property: over many seeds, the right option of a question lands in each position about equally often', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[seededOrder(4, `attempt-${i}#0`).indexOf(0)]! += 1;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(140);
  });
});
