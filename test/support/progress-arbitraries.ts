import fc from 'fast-check';
import { mergeProgress } from '../../src/lib/progress/merge.ts';
import type { Attempt, Progress } from '../../src/lib/progress/schema.ts';
import { PROGRESS_VERSION } from '../../src/lib/progress/schema.ts';

const slugs = ['glad-or-mad', 'back-to-basics', 'warm-welcome', 'answering-the-phone'];
const activities = ['roleplay:late-room', 'check:glad-or-mad-check', 'roleplay:wrong-key'];

export const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }).map((ms) => new Date(ms).toISOString());

export const attempt: fc.Arbitrary<Attempt> = fc
  .record({
    id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'),
    at: instant,
    score: fc.integer({ min: 0, max: 10 }),
    max: fc.integer({ min: 10, max: 12 }),
    path: fc.array(fc.constantFrom('c1', 'c2', 'c3'), { maxLength: 4 }),
    practice: fc.option(fc.constant(true), { nil: undefined }),
  })
  .map(({ practice, ...a }) => (practice ? { ...a, practice } : a));

const lesson = fc
  .record({
    first: instant,
    last: instant,
    completion: fc.option(fc.record({ done: fc.boolean(), at: instant }), { nil: undefined }),
  })
  .map(({ first, last, completion }) => ({
    firstVisit: first < last ? first : last,
    lastVisit: first < last ? last : first,
    ...(completion && { completion }),
  }));

/** Any record the schema accepts (attempt lists may be longer than the store would keep). */
export const rawProgress: fc.Arbitrary<Progress> = fc.record({
  version: fc.constant(PROGRESS_VERSION),
  lessons: fc.dictionary(fc.constantFrom(...slugs), lesson),
  activities: fc.dictionary(
    fc.constantFrom(...activities),
    fc.record({ lesson: fc.constantFrom(...slugs), attempts: fc.array(attempt, { maxLength: 8 }) }),
  ),
  assignments: fc.dictionary(
    fc.constantFrom('as1', 'as2'),
    fc.record({
      id: fc.constantFrom('as1', 'as2'),
      title: fc.string({ maxLength: 20 }),
      items: fc.array(fc.constantFrom(...slugs)),
      addedAt: instant,
    }),
  ),
});

/** A record as the store would hold it: trimmed and normalised by one merge with itself. */
export const progress: fc.Arbitrary<Progress> = rawProgress.map((p) => mergeProgress(p, p));
