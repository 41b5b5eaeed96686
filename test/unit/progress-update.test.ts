import { describe, expect, it } from 'vitest';
import { RECENT_ATTEMPTS, bestAttempt } from '../../src/lib/progress/attempts.ts';
import { emptyProgress, type Attempt } from '../../src/lib/progress/schema.ts';
import { continueAt, lessonStatus } from '../../src/lib/progress/status.ts';
import { recordAttempt, recordVisit, setComplete } from '../../src/lib/progress/update.ts';

const t = (day: number) => new Date(Date.UTC(2026, 10, day)).toISOString();
const attempt = (id: string, day: number, score: number, extra: Partial<Attempt> = {}): Attempt => ({
  id,
  at: t(day),
  score,
  max: 10,
  path: ['c1'],
  ...extra,
});

describe('progress updates', () => {
  it('a visit starts a lesson; later visits move only the last visit', () => {
    let p = recordVisit(emptyProgress(), 'glad-or-mad', t(1));
    p = recordVisit(p, 'glad-or-mad', t(3));
    expect(p.lessons['glad-or-mad']).toEqual({ firstVisit: t(1), lastVisit: t(3) });
    expect(lessonStatus(p, 'glad-or-mad')).toBe('in-progress');
    expect(lessonStatus(p, 'back-to-basics')).toBe('not-started');
  });

  it('a lesson without activities is complete when marked, and can be unmarked', () => {
    let p = setComplete(emptyProgress(), 'glad-or-mad', true, t(2));
    expect(lessonStatus(p, 'glad-or-mad')).toBe('complete');
    p = setComplete(p, 'glad-or-mad', false, t(4));
    expect(lessonStatus(p, 'glad-or-mad')).toBe('in-progress');
  });

  it('a lesson completes when its role-play is finished (any score) and its check is passed (75 %), never by practice', () => {
    const activities = ['roleplay:late-room', 'check:glad-or-mad-check'];
    let p = recordAttempt(
      emptyProgress(),
      { lesson: 'glad-or-mad', activity: activities[0]!, attempt: attempt('a', 1, 7), lessonActivities: activities },
      t(1),
    );
    expect(lessonStatus(p, 'glad-or-mad')).toBe('in-progress');
    p = recordAttempt(
      p,
      { lesson: 'glad-or-mad', activity: activities[1]!, attempt: attempt('b', 2, 3, { practice: true }), lessonActivities: activities },
      t(2),
    );
    expect(lessonStatus(p, 'glad-or-mad')).toBe('in-progress');
    p = recordAttempt(
      p,
      { lesson: 'glad-or-mad', activity: activities[1]!, attempt: attempt('c', 3, 3, { passed: false }), lessonActivities: activities },
      t(3),
    );
    expect(lessonStatus(p, 'glad-or-mad')).toBe('in-progress');
    p = recordAttempt(
      p,
      { lesson: 'glad-or-mad', activity: activities[1]!, attempt: attempt('d', 4, 7), lessonActivities: activities },
      t(4),
    );
    expect(lessonStatus(p, 'glad-or-mad'), '7 of 10 is under the pass mark').toBe('in-progress');
    p = recordAttempt(
      p,
      { lesson: 'glad-or-mad', activity: activities[1]!, attempt: attempt('e', 5, 7.5, { passed: true }), lessonActivities: activities },
      t(5),
    );
    expect(p.lessons['glad-or-mad']?.completion).toEqual({ done: true, at: t(5) });
  });

  it('keeps the best attempt and the most recent few, and practice never counts as best', () => {
    let p = emptyProgress();
    const scores = [9, 2, 3, 4, 5, 6, 7];
    scores.forEach((s, i) => {
      p = recordAttempt(
        p,
        { lesson: 'x', activity: 'check:x', attempt: attempt(`a${i}`, i + 1, s), lessonActivities: ['check:x'] },
        t(i + 1),
      );
    });
    p = recordAttempt(
      p,
      { lesson: 'x', activity: 'check:x', attempt: attempt('p', 20, 10, { practice: true }), lessonActivities: ['check:x'] },
      t(20),
    );
    const kept = p.activities['check:x']!.attempts;
    expect(kept).toHaveLength(RECENT_ATTEMPTS + 1);
    expect(kept[0]?.id).toBe('a0');
    expect(bestAttempt(kept)?.score).toBe(9);
  });

  it('continues at the most recently visited unfinished lesson, else the next one not started', () => {
    const order = ['one', 'two', 'three'];
    expect(continueAt(emptyProgress(), order)).toBeUndefined();
    let p = recordVisit(emptyProgress(), 'one', t(1));
    p = recordVisit(p, 'two', t(2));
    expect(continueAt(p, order)).toBe('two');
    p = setComplete(p, 'two', true, t(3));
    expect(continueAt(p, order)).toBe('one');
    p = setComplete(p, 'one', true, t(4));
    expect(continueAt(p, order)).toBe('three');
  });

  it('a year of daily use stays well under 100 KB', () => {
    let p = emptyProgress();
    const lessons = Array.from({ length: 35 }, (_, i) => `lesson-${i}`);
    for (let day = 0; day < 365; day++) {
      const now = new Date(Date.UTC(2026, 0, 1 + day, 12)).toISOString();
      const slug = lessons[day % lessons.length]!;
      p = recordVisit(p, slug, now);
      for (const kind of ['roleplay', 'check']) {
        const id = `${kind}:${slug}`;
        const path = Array.from({ length: 6 }, (_, k) => `choice-${k}`);
        p = recordAttempt(
          p,
          {
            lesson: slug,
            activity: id,
            attempt: { id: `${now}-${kind}`, at: now, score: day % 11, max: 10, path },
            lessonActivities: [`roleplay:${slug}`, `check:${slug}`],
          },
          now,
        );
      }
    }
    const bytes = new TextEncoder().encode(JSON.stringify(p)).length;
    expect(bytes).toBeLessThan(100 * 1024 * 0.75);
  });
});
