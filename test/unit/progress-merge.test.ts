import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../src/lib/progress/merge.ts';
import { lessonStatus } from '../../src/lib/progress/status.ts';
import { progress, rawProgress } from '../support/progress-arbitraries.ts';

describe('merging two progress records', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(rawProgress, rawProgress, (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(progress, (p) => {
        expect(mergeProgress(p, p)).toEqual(p);
      }),
    );
  });

  it('absorbs a side it already holds (a second merge changes nothing)', () => {
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const once = mergeProgress(a, b);
        expect(mergeProgress(once, b)).toEqual(once);
      }),
    );
  });

  it('never drops a completion, unless the other side unmarked the lesson later', () => {
    fc.assert(
      fc.property(rawProgress, rawProgress, (a, b) => {
        const merged = mergeProgress(a, b);
        for (const [slug, lesson] of Object.entries(a.lessons)) {
          if (!lesson.completion?.done) continue;
          const other = b.lessons[slug]?.completion;
          const unmarkedLater = other && !other.done && other.at > lesson.completion.at;
          if (!unmarkedLater) expect(lessonStatus(merged, slug)).toBe('complete');
        }
      }),
    );
  });

  it('keeps the earliest first visit and the latest last visit', () => {
    const a = {
      version: 2 as const,
      lessons: { x: { firstVisit: '2026-01-02T00:00:00.000Z', lastVisit: '2026-01-05T00:00:00.000Z' } },
      activities: {},
      assignments: {},
    };
    const b = {
      version: 2 as const,
      lessons: { x: { firstVisit: '2026-01-01T00:00:00.000Z', lastVisit: '2026-01-03T00:00:00.000Z' } },
      activities: {},
      assignments: {},
    };
    expect(mergeProgress(a, b).lessons['x']).toEqual({ firstVisit: '2026-01-01T00:00:00.000Z', lastVisit: '2026-01-05T00:00:00.000Z' });
  });
});
