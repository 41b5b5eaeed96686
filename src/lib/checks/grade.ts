import type { CheckData, Question } from '../../schemas/check.ts';

/** The learner's answer to one question: chosen option indices, or item indices in the order placed. */
export type Answer = { type: 'single'; choice: number } | { type: 'multiple'; choices: readonly number[] } | { type: 'order'; order: readonly number[] };

export interface OptionVerdict {
  index: number;
  text: string;
  /** Whether this option is right, whether or not the learner picked it. */
  correct: boolean;
  picked: boolean;
  feedback: string;
}

export interface QuestionResult {
  correct: boolean;
  /** For choice questions: a verdict on every option; picked ones first get attention in the UI. */
  options: OptionVerdict[];
  /** For order questions: for each placed position, whether the item is in its right place. */
  placed: { item: string; rightPlace: boolean }[];
  feedback?: string;
}

export function isComplete(question: Question, answer: Answer | undefined): boolean {
  if (!answer || answer.type !== question.type) return false;
  if (answer.type === 'single') return answer.choice >= 0;
  if (answer.type === 'multiple') return answer.choices.length > 0;
  return question.type === 'order' && answer.order.length === question.items.length;
}

export function gradeQuestion(question: Question, answer: Answer): QuestionResult {
  if (question.type === 'order') {
    const order = answer.type === 'order' ? answer.order : [];
    const placed = order.map((itemIndex, position) => ({ item: question.items[itemIndex] ?? '', rightPlace: itemIndex === position }));
    return { correct: placed.length === question.items.length && placed.every((p) => p.rightPlace), options: [], placed, feedback: question.feedback };
  }
  const picked = new Set(answer.type === 'single' ? [answer.choice] : answer.type === 'multiple' ? answer.choices : []);
  const options = question.options.map((o, index) => ({ index, text: o.text, correct: o.correct, picked: picked.has(index), feedback: o.feedback }));
  return { correct: options.every((o) => o.correct === o.picked), options, placed: [] };
}

export interface CheckResult {
  score: number;
  max: number;
  questions: QuestionResult[];
}

export function gradeCheck(check: CheckData, answers: readonly Answer[]): CheckResult {
  const questions = check.questions.map((q, i) => gradeQuestion(q, answers[i] ?? { type: 'single', choice: -1 }));
  return { score: questions.filter((q) => q.correct).length, max: questions.length, questions };
}

/** Short ids of the answers, for the saved attempt, e.g. `1`, `0+2`, `2>0>1`. */
export function answerIds(answers: readonly Answer[]): string[] {
  return answers.map((a) => (a.type === 'single' ? String(a.choice) : a.type === 'multiple' ? [...a.choices].sort().join('+') : a.order.join('>')));
}
