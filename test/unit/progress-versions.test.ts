import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../src/lib/progress/parse.ts';
import { PROGRESS_VERSION } from '../../src/lib/progress/schema.ts';
import { lessonStatus } from '../../src/lib/progress/status.ts';
import { topTraps } from '../../src/lib/progress/traps.ts';
import { recordAttempt } from '../../src/lib/progress/update.ts';
import { fixturePath } from '../support/fixtures.ts';

const versionOne = readFileSync(fixturePath('progress', 'version-1.json'), 'utf8');

describe('saved progress from an earlier version', () => {
  it('version 1 migrates to the current version: checks get a pass mark, completions stay complete', () => {
    const read = parseProgress(versionOne);
    if (!read.ok) throw new Error(read.detail);
    expect(PROGRESS_VERSION).toBe(2);
    expect(read).toMatchObject({ migrated: true, progress: { version: 2 } });
    const p = read.progress;
    expect(p.activities['check:glad-or-mad-check']!.attempts[0]!.passed).toBe(true);
    expect(p.activities['check:keep-promises-check']!.attempts[0]!.passed).toBe(false);
    expect(p.activities['roleplay:missing-birthday-cake']!.attempts[0]!.passed).toBeUndefined();
    // keep-promises was completed under the old rule with 0 of 4: it stays complete.
    expect(lessonStatus(p, 'glad-or-mad')).toBe('complete');
    expect(lessonStatus(p, 'keep-promises')).toBe('complete');
  });

  it('a migrated record keeps working: a new failed attempt does not undo an old completion', () => {
    const read = parseProgress(versionOne);
    if (!read.ok) throw new Error(read.detail);
    const p = recordAttempt(
      read.progress,
      {
        lesson: 'keep-promises',
        activity: 'check:keep-promises-check',
        attempt: { id: 'b1', at: '2026-11-05T09:00:00.000Z', score: 1, max: 4, path: [], passed: false },
        lessonActivities: ['roleplay:x', 'check:keep-promises-check'],
      },
      '2026-11-05T09:00:00.000Z',
    );
    expect(lessonStatus(p, 'keep-promises')).toBe('complete');
  });
});

describe('the habits that keep costing a learner', () => {
  it('counts traps across every kept run, most frequent first, each with its lesson; unknown ids are ignored', () => {
    const read = parseProgress(versionOne);
    if (!read.ok) throw new Error(read.detail);
    const p = read.progress;
    p.activities['roleplay:a'] = {
      lesson: 'x',
      attempts: [
        { id: '1', at: '2026-11-05T09:00:00.000Z', score: 1, max: 6, path: [], traps: ['rushes', 'hollow-sorry', 'rushes'] },
        {
          id: '2',
          at: '2026-11-06T09:00:00.000Z',
          score: 3,
          max: 6,
          path: [],
          traps: ['hollow-sorry', 'rushes', 'not-a-trap'],
          practice: true,
        },
      ],
    };
    p.activities['roleplay:b'] = {
      lesson: 'y',
      attempts: [{ id: '3', at: '2026-11-06T09:00:00.000Z', score: 3, max: 6, path: [], traps: ['over-promises'] }],
    };
    expect(topTraps(p)).toEqual([
      { trap: 'rushes', count: 3, lesson: 'hear-the-whole-complaint' },
      { trap: 'hollow-sorry', count: 2, lesson: 'apologize-like-you-mean-it' },
      { trap: 'over-promises', count: 1, lesson: 'do-what-you-say' },
    ]);
    expect(topTraps(p, 1)).toHaveLength(1);
  });
});
