import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealInstant } from '../../src/lib/dates.ts';
import {
  MARKS_KEY,
  MARKS_VERSION,
  continueFrom,
  isInstant,
  markLabel,
  markOf,
  marksOf,
  readMarks,
  readRecord,
  withVisit,
} from '../../src/lib/progress/marks.ts';
import { parseProgress } from '../../src/lib/progress/parse.ts';
import { PROGRESS_VERSION, emptyProgress, type Progress } from '../../src/lib/progress/schema.ts';
import { continueAt, lessonStatus, statusLabel } from '../../src/lib/progress/status.ts';
import { PROGRESS_KEY } from '../../src/lib/progress/store.ts';
import { recordVisit } from '../../src/lib/progress/update.ts';
import { instant, progress, rawProgress } from '../support/progress-arbitraries.ts';

// The small reader behind the progress marks must give the marks the full store would give, and never
// write anything the full store would read differently.
const slugs = ['glad-or-mad', 'back-to-basics', 'warm-welcome', 'answering-the-phone', 'never-visited', 'constructor'];
const lesson = { firstVisit: '2026-03-01T10:00:00.000Z', lastVisit: '2026-03-02T10:00:00.000Z' };
const record = (lessons: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 2, lessons, activities: {}, assignments: {}, ...extra });

describe('progress marks without the schema', () => {
  it('use the store’s key, version and labels', () => {
    expect(MARKS_KEY).toBe(PROGRESS_KEY);
    expect(MARKS_VERSION).toBe(PROGRESS_VERSION);
    expect(markLabel).toEqual(statusLabel);
  });

  it('show for every lesson the status, and continue where, that status.ts gives from the full record', () => {
    fc.assert(
      fc.property(progress, fc.shuffledSubarray(slugs), (p, order) => {
        const marks = readMarks(JSON.stringify(p));
        expect(marks).toEqual(marksOf(p.lessons));
        for (const slug of slugs) expect(markOf(marks!, slug), slug).toBe(lessonStatus(p, slug));
        expect(continueFrom(marks!, order)).toBe(continueAt(p, order));
      }),
    );
  });

  it('read every current record the store reads, and no saved record at all as an empty one', () => {
    fc.assert(
      fc.property(rawProgress, (p) => {
        const raw = JSON.stringify(p);
        expect(parseProgress(raw).ok).toBe(true);
        expect(readRecord(raw)).toEqual(JSON.parse(raw));
      }),
    );
    expect(readMarks(null)).toEqual(new Map());
    expect(readRecord(null)).toEqual(emptyProgress());
  });

  it('never throw, and show no mark for anything they are not sure of, leaving it to the store', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(() => readMarks(raw)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => readMarks(JSON.stringify(value))).not.toThrow();
      }),
    );
    const odd = [
      '{"version":2,"lessons":',
      '[1,2]',
      'null',
      '"text"',
      record({}, { version: 1 }),
      record({}, { version: 3 }),
      record({}, { extra: true }),
      record([]),
      JSON.stringify({ version: 2, lessons: {}, activities: [], assignments: {} }),
      JSON.stringify({ version: 2, lessons: {}, activities: {} }),
      record({ 'Not A Slug': lesson }),
      record({ 'glad-or-mad': { ...lesson, extra: 1 } }),
      record({ 'glad-or-mad': { firstVisit: lesson.firstVisit } }),
      record({ 'glad-or-mad': { ...lesson, lastVisit: '2026-02-30T10:00:00.000Z' } }),
      record({ 'glad-or-mad': { ...lesson, lastVisit: '2026-03-02' } }),
      record({ 'glad-or-mad': { ...lesson, completion: { done: 'yes', at: lesson.lastVisit } } }),
      record({ 'glad-or-mad': { ...lesson, completion: { done: true } } }),
      record({ 'glad-or-mad': null }),
    ];
    for (const raw of odd) {
      expect(readMarks(raw), raw).toBeUndefined();
      expect(withVisit(raw, 'glad-or-mad', '2026-03-03T10:00:00.000Z'), raw).toBeUndefined();
      // The store refuses (or migrates) every one of them too: the marks never show what it would not.
      const read = parseProgress(raw);
      expect(!read.ok || read.migrated, raw).toBe(true);
    }
  });

  it('take a slug such as "constructor" as just a slug', () => {
    expect(markOf(new Map(), 'constructor')).toBe('not-started');
    expect(markOf(readMarks(record({ constructor: lesson }))!, 'constructor')).toBe('in-progress');
  });

  it('record a visit exactly as update.ts does, changing nothing else in the record', () => {
    fc.assert(
      fc.property(rawProgress, fc.constantFrom(...slugs), instant, (p, slug, now) => {
        const saved = withVisit(JSON.stringify(p), slug, now);
        expect(JSON.parse(saved!)).toEqual(recordVisit(p, slug, now));
        expect(parseProgress(saved!).ok).toBe(true);
      }),
    );
    const first: Progress = JSON.parse(withVisit(null, 'glad-or-mad', lesson.firstVisit)!);
    expect(first).toEqual(recordVisit(emptyProgress(), 'glad-or-mad', lesson.firstVisit));
  });

  it('know a real moment as dates.ts does', () => {
    const near = fc
      .tuple(
        fc.integer({ min: 1990, max: 2110 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
      )
      .map(([y, mo, d, h, mi]) => {
        const two = (n: number) => String(n).padStart(2, '0');
        return `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(mi)}.123Z`;
      });
    fc.assert(
      fc.property(fc.oneof(near, fc.string(), instant), (text) => {
        expect(isInstant(text), text).toBe(isRealInstant(text));
      }),
    );
    expect(isInstant(42)).toBe(false);
  });
});
