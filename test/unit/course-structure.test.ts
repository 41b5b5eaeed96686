import { describe, expect, it } from 'vitest';
import { buildCourse, neighbours } from '../../src/lib/course/structure.ts';
import { validCourse } from '../support/fixtures.ts';

describe('course structure', () => {
  const { modules, lessons } = validCourse();
  // Minutes come from the lesson's work (test/unit/lesson-duration.test.ts); here, a stand-in per lesson.
  const course = buildCourse(modules, [...lessons].reverse(), (l) => (l.id.endsWith('say-hello') ? 7 : 2));

  it('orders modules and lessons by their order field and numbers them', () => {
    expect(course.modules.map((m) => [m.number, m.id])).toEqual([
      [1, 'first-steps'],
      [2, 'next-steps'],
    ]);
    expect(course.modules[0]?.lessons.map((l) => [l.number, l.slug])).toEqual([
      [1, 'say-hello'],
      [2, 'listen-well'],
    ]);
  });

  it('totals the minutes of each module', () => {
    expect(course.modules.map((m) => m.minutes)).toEqual([9, 0]);
  });

  it('links lessons to their neighbours in reading order', () => {
    expect(neighbours(course, 'say-hello').previous).toBeUndefined();
    expect(neighbours(course, 'say-hello').next?.slug).toBe('listen-well');
    expect(neighbours(course, 'listen-well').previous?.href).toBe('/modules/first-steps/say-hello/');
    expect(neighbours(course, 'nope')).toEqual({});
  });
});
