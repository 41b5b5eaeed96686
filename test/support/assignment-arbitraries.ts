import fc from 'fast-check';
import type { AssignmentPayload, ReportPayload } from '../../src/lib/assignments/schema.ts';
import { instant } from './progress-arbitraries.ts';

export const lessonSlugs = [
  'glad-or-mad',
  'back-to-basics',
  'warm-welcome',
  'answering-the-phone',
  'apologize-like-you-mean-it',
  'keep-promises',
];
export const isLesson = (slug: string) => lessonSlugs.includes(slug);

/** Any text a person could type, markup and emoji included (well-formed Unicode). */
const typed = (max: number) => fc.string({ unit: 'grapheme', maxLength: max }).filter((s) => s.length <= max);
const titled = typed(60).filter((s) => s.trim().length > 0);

export const day = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export const assignmentPayload: fc.Arbitrary<AssignmentPayload> = fc
  .record({
    t: titled,
    i: fc.uniqueArray(fc.constantFrom(...lessonSlugs), { minLength: 1 }),
    c: instant,
    d: optional(day),
    b: optional(typed(40)),
    m: optional(typed(40)),
    n: optional(typed(300)),
  })
  .map(defined);

export const reportPayload: fc.Arbitrary<ReportPayload> = fc
  .record({
    a: fc.stringMatching(/^a-[0-9a-z]{1,11}$/),
    t: titled,
    n: titled,
    at: instant,
    d: optional(day),
    m: optional(typed(40)),
    i: fc.uniqueArray(
      fc.record({ s: fc.constantFrom(...lessonSlugs), c: optional(instant), p: optional(fc.integer({ min: 0, max: 100 })) }).map(defined),
      { minLength: 1, selector: (x) => x.s },
    ),
  })
  .map(defined);
