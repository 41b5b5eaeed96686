import { WORDS_PER_MINUTE } from './reading-time.ts';

/** Time to read a customer's line, weigh the replies and read the coach's note. */
export const SECONDS_PER_DECISION = 40;
/** Time to read a question, answer it and read why. */
export const SECONDS_PER_QUESTION = 30;

export interface LessonWork {
  /** Words of prose in the lesson body. */
  words: number;
  /** Decisions on its role-plays' best paths. */
  decisions: number;
  /** Questions in its checks. */
  questions: number;
}

/**
 * How long a lesson takes, in whole minutes: reading at 200 words a minute, plus a fixed allowance per
 * role-play decision and per check question. Computed at build time; module and assignment totals add these up.
 */
export function lessonMinutes(work: LessonWork): number {
  const seconds = (work.words / WORDS_PER_MINUTE) * 60 + work.decisions * SECONDS_PER_DECISION + work.questions * SECONDS_PER_QUESTION;
  return Math.max(1, Math.round(seconds / 60));
}
