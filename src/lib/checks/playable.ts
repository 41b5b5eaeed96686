import type { CheckData, OrderQuestionData, Question } from '../../schemas/check.ts';
import type { SequenceData } from '../../schemas/sequence.ts';

/** An order question with its steps looked up: `items` lists them in the right order. */
export interface PlayableOrderQuestion {
  type: 'order';
  prompt: string;
  items: string[];
  feedback: string;
}
export type PlayableQuestion = Exclude<Question, OrderQuestionData> | PlayableOrderQuestion;

/** A check as the island plays it: every order question's steps taken from its sequence. */
export interface PlayableCheck {
  id: string;
  lesson: string;
  questions: PlayableQuestion[];
}

/** The steps an order question uses, in the sequence's order; undefined when the sequence or a step is unknown. */
export function orderItems(question: OrderQuestionData, sequences: ReadonlyMap<string, SequenceData>): string[] | undefined {
  const sequence = sequences.get(question.sequence);
  if (!sequence) return undefined;
  const wanted = question.steps ?? sequence.steps.map((s) => s.id);
  if (wanted.some((id) => !sequence.steps.some((s) => s.id === id))) return undefined;
  return sequence.steps.filter((s) => wanted.includes(s.id)).map((s) => s.label);
}

export function playableCheck(check: CheckData, sequences: ReadonlyMap<string, SequenceData>): PlayableCheck {
  return {
    id: check.id,
    lesson: check.lesson,
    questions: check.questions.map((q): PlayableQuestion => {
      if (q.type !== 'order') return q;
      const items = orderItems(q, sequences);
      if (!items) throw new Error(`Check "${check.id}": sequence "${q.sequence}" or one of its steps is unknown`);
      return { type: 'order', prompt: q.prompt, items, feedback: q.feedback };
    }),
  };
}
