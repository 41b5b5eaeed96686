import type { PlayableCheck, PlayableQuestion } from './playable.ts';
import { PASS_MARK, isPass } from '../practice/pass-mark.ts';

export { PASS_MARK, isPass };

/** The learner's answer to one question: chosen option indices, or item indices in the order placed. */
export type Answer =
  { type: 'single'; choice: number } | { type: 'multiple'; choices: readonly number[] } | { type: 'order'; order: readonly number[] };

export interface OptionVerdict {
  index: number;
  text: string;
  /** Whether this option is right, whether or not the learner picked it. */
  correct: boolean;
  picked: boolean;
  feedback: string;
}

export interface QuestionResult {
  /** Share of the question's point earned, 0 to 1; only an order question earns part of it. */
  credit: number;
  correct: boolean;
  /** For choice questions: a verdict on every option. */
  options: OptionVerdict[];
  /** For order questions: each placed step, and whether it sits where it belongs relative to the others. */
  placed: { item: string; rightPlace: boolean }[];
  feedback?: string;
}

export function isComplete(question: PlayableQuestion, answer: Answer | undefined): boolean {
  if (!answer || answer.type !== question.type) return false;
  if (answer.type === 'single') return answer.choice >= 0;
  if (answer.type === 'multiple') return answer.choices.length > 0;
  return question.type === 'order' && answer.order.length === question.items.length;
}

/** Indices (into `order`) of a longest run of steps already in the right relative order. */
function longestInOrder(order: readonly number[]): Set<number> {
  const length = order.map(() => 1);
  const previous = order.map(() => -1);
  order.forEach((v, i) => {
    for (let j = 0; j < i; j++) {
      if (order[j]! < v && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  });
  let at = length.indexOf(Math.max(...length));
  const kept = new Set<number>();
  while (at >= 0) {
    kept.add(at);
    at = previous[at]!;
  }
  return kept;
}

/**
 * Partial credit for an order: the share of neighbouring steps that follow each other as they should.
 * A random order earns about 1/n, not the half that counting all pairs would give away.
 */
export function orderCredit(order: readonly number[], n: number): number {
  if (order.length !== n || n < 2) return 0;
  let right = 0;
  for (let i = 0; i + 1 < n; i++) if (order[i + 1] === order[i]! + 1) right += 1;
  return right / (n - 1);
}

export function gradeQuestion(question: PlayableQuestion, answer: Answer): QuestionResult {
  if (question.type === 'order') {
    const order = answer.type === 'order' ? answer.order : [];
    const kept = longestInOrder(order);
    const placed = order.map((itemIndex, position) => ({ item: question.items[itemIndex] ?? '', rightPlace: kept.has(position) }));
    const credit = orderCredit(order, question.items.length);
    return { credit, correct: credit === 1, options: [], placed, feedback: question.feedback };
  }
  const picked = new Set(answer.type === 'single' ? [answer.choice] : answer.type === 'multiple' ? answer.choices : []);
  const options = question.options.map((o, index) => ({
    index,
    text: o.text,
    correct: o.correct,
    picked: picked.has(index),
    feedback: o.feedback,
  }));
  const correct = options.every((o) => o.correct === o.picked);
  return { credit: correct ? 1 : 0, correct, options, placed: [] };
}

export interface CheckResult {
  /** Points earned, to two decimals (order questions earn part of a point). */
  score: number;
  max: number;
  passed: boolean;
  questions: QuestionResult[];
}

export function gradeCheck(check: PlayableCheck, answers: readonly Answer[]): CheckResult {
  const questions = check.questions.map((q, i) => gradeQuestion(q, answers[i] ?? { type: 'single', choice: -1 }));
  const score = Math.round(questions.reduce((sum, q) => sum + q.credit, 0) * 100) / 100;
  const max = questions.length;
  return { score, max, passed: isPass(score, max), questions };
}

/** Points needed to pass a check of `max` points, e.g. 3 of 4. */
export const pointsToPass = (max: number) => Math.ceil(max * PASS_MARK * 100) / 100;

/** Short ids of the answers, for the saved attempt, e.g. `1`, `0+2`, `2>0>1`. */
export function answerIds(answers: readonly Answer[]): string[] {
  return answers.map((a) =>
    a.type === 'single' ? String(a.choice) : a.type === 'multiple' ? [...a.choices].sort().join('+') : a.order.join('>'),
  );
}
