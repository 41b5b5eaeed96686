import { describe, expect, it } from 'vitest';
import { completeCount, finishedOn, nextAfter } from '../../src/lib/course/next-step.ts';
import { onboarding } from '../../src/lib/course/onboarding.ts';
import { emptyProgress, type Progress } from '../../src/lib/progress/schema.ts';
import { addAssignment, recordVisit, setComplete } from '../../src/lib/progress/update.ts';

const NOW = '2026-12-01T10:00:00.000Z';
const done = (p: Progress, ...slugs: string[]) => slugs.reduce((q, s) => setComplete(recordVisit(q, s, NOW), s, true, NOW), p);
const assign = (p: Progress, id: string, items: string[], due?: string) =>
  addAssignment(p, { id, title: `Assignment ${id}`, items, addedAt: NOW, ...(due ? { due } : {}) });

describe('the next step after a lesson', () => {
  it('follows the course when no assignment holds the lesson', () => {
    expect(nextAfter(done(emptyProgress(), 'a'), 'a', 'b', '2026-12-01')).toEqual({ via: 'course', slug: 'b' });
    expect(nextAfter(emptyProgress(), 'z', undefined, '2026-12-01')).toBeUndefined();
  });

  it('follows an open assignment: its next unfinished lesson, skipping finished ones, wrapping round', () => {
    const p = done(assign(emptyProgress(), 'a-1', ['x', 'y', 'z', 'w']), 'x', 'z');
    expect(nextAfter(p, 'x', 'course-next', '2026-12-01')).toEqual({
      via: 'assignment',
      slug: 'y',
      assignment: { id: 'a-1', title: 'Assignment a-1' },
    });
    expect(nextAfter(done(p, 'y'), 'y', 'course-next', '2026-12-01')).toMatchObject({ slug: 'w' });
    expect(nextAfter(done(p, 'y', 'w'), 'w', 'course-next', '2026-12-01')).toEqual({ via: 'course', slug: 'course-next' });
  });

  it('prefers the assignment due soonest', () => {
    const p = assign(assign(emptyProgress(), 'a-late', ['x', 'late'], '2026-12-20'), 'a-soon', ['x', 'soon'], '2026-12-05');
    expect(nextAfter(done(p, 'x'), 'x', undefined, '2026-12-01')).toMatchObject({ slug: 'soon', assignment: { id: 'a-soon' } });
  });

  it('counts complete lessons and dates a finished set by its last completion', () => {
    const p = done(emptyProgress(), 'a', 'b');
    expect(completeCount(p, ['a', 'b', 'c'])).toBe(2);
    expect(finishedOn(p, ['a', 'b'])).toBe(NOW);
    expect(finishedOn(p, ['a', 'c'])).toBeUndefined();
  });
});

describe('onboarding', () => {
  const catalog = [
    { id: 'm1', title: 'First', href: '/modules/m1/', newHire: true, lessons: [{ slug: 'a', title: 'A', minutes: 5, href: '/a/' }] },
    { id: 'm2', title: 'Second', href: '/modules/m2/', newHire: true, lessons: [{ slug: 'b', title: 'B', minutes: 5, href: '/b/' }] },
    { id: 'lead', title: 'Leading', href: '/modules/lead/', newHire: false, lessons: [{ slug: 'c', title: 'C', minutes: 5, href: '/c/' }] },
  ];

  it('lists the new-hire modules with progress, complete once each is finished (the managers’ module aside)', () => {
    expect(onboarding(done(emptyProgress(), 'a'), catalog)).toEqual({
      modules: [
        { title: 'First', href: '/modules/m1/', done: 1, total: 1, finishedOn: NOW },
        { title: 'Second', href: '/modules/m2/', done: 0, total: 1, finishedOn: undefined },
      ],
      complete: false,
    });
    expect(onboarding(done(emptyProgress(), 'a', 'b'), catalog).complete).toBe(true);
    expect(onboarding(emptyProgress(), []).complete).toBe(false);
  });
});
