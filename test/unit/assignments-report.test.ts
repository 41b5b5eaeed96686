import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seal } from '../../src/lib/assignments/envelope.ts';
import { reportFile } from '../../src/lib/assignments/messages.ts';
import { buildReport, decodeReport, encodeReport, findReportCodes, reportUrl } from '../../src/lib/assignments/report.ts';
import type { Assignment, Attempt } from '../../src/lib/progress/schema.ts';
import { emptyProgress } from '../../src/lib/progress/schema.ts';
import { recordAttempt, setComplete } from '../../src/lib/progress/update.ts';
import { lessonScores } from '../../src/lib/assignments/report.ts';
import { isLesson, reportPayload } from '../support/assignment-arbitraries.ts';

const t = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();
const attempt = (id: string, day: number, score: number, max: number, practice = false): Attempt => ({
  id,
  at: t(day),
  score,
  max,
  path: [],
  ...(practice && { practice }),
});

const assignment: Assignment = {
  id: 'a-abc123',
  title: 'Apology and phone refresher',
  items: ['glad-or-mad', 'answering-the-phone', 'keep-promises'],
  addedAt: t(16),
  due: '2026-11-20',
  team: 'Front desk',
};

function learnerRecord() {
  const activities = ['roleplay:birthday-cake', 'check:glad-or-mad'];
  let p = recordAttempt(
    emptyProgress(),
    { lesson: 'glad-or-mad', activity: activities[0]!, attempt: attempt('x1', 17, 6, 10), lessonActivities: activities },
    t(17),
  );
  p = recordAttempt(
    p,
    { lesson: 'glad-or-mad', activity: activities[0]!, attempt: attempt('x2', 18, 9, 10), lessonActivities: activities },
    t(18),
  );
  p = recordAttempt(
    p,
    { lesson: 'glad-or-mad', activity: activities[0]!, attempt: attempt('x3', 18, 10, 10, true), lessonActivities: activities },
    t(18),
  );
  p = recordAttempt(
    p,
    { lesson: 'glad-or-mad', activity: activities[1]!, attempt: attempt('x4', 18, 3, 4), lessonActivities: activities },
    t(18),
  );
  p = setComplete(p, 'answering-the-phone', true, t(19));
  return p;
}

describe('completion reports', () => {
  it('scores: role-play and check kept apart, each its best counting attempt, never a practice run', () => {
    expect(lessonScores(learnerRecord(), 'glad-or-mad')).toEqual({ rolePlay: 90, check: 75, checkPassed: true });
    expect(lessonScores(learnerRecord(), 'answering-the-phone')).toEqual({});
  });

  it('a failed check reports as not passed, and does not complete the lesson', () => {
    const activities = ['roleplay:birthday-cake', 'check:glad-or-mad'];
    let p = recordAttempt(
      emptyProgress(),
      { lesson: 'glad-or-mad', activity: activities[0]!, attempt: attempt('y1', 17, 10, 10), lessonActivities: activities },
      t(17),
    );
    p = recordAttempt(
      p,
      {
        lesson: 'glad-or-mad',
        activity: activities[1]!,
        attempt: { ...attempt('y2', 17, 2, 4), passed: false },
        lessonActivities: activities,
      },
      t(17),
    );
    expect(lessonScores(p, 'glad-or-mad')).toEqual({ rolePlay: 100, check: 50, checkPassed: false });
    expect(buildReport(p, assignment, 'Sam', t(19)).i[0]).toEqual({ s: 'glad-or-mad', r: 100, k: 50, q: 0 });
  });

  it('are computed from the learner’s own record: completion date and best score per item', () => {
    const r = buildReport(learnerRecord(), assignment, '  Sam Lee ', t(19));
    expect(r).toEqual({
      a: 'a-abc123',
      t: 'Apology and phone refresher',
      n: 'Sam Lee',
      at: t(19),
      d: '2026-11-20',
      m: 'Front desk',
      i: [{ s: 'glad-or-mad', c: t(18), r: 90, k: 75, q: 1 }, { s: 'answering-the-phone', c: t(19) }, { s: 'keep-promises' }],
    });
  });

  it('an unmarked lesson reports as not complete', () => {
    const p = setComplete(learnerRecord(), 'answering-the-phone', false, t(20));
    expect(buildReport(p, assignment, 'Sam', t(20)).i[1]).toEqual({ s: 'answering-the-phone' });
  });

  it('round-trip through a link, and refuse a report without a name', () => {
    const r = buildReport(learnerRecord(), assignment, 'Sam', t(19));
    const e = encodeReport(r);
    if (!e.ok) throw new Error(e.message);
    expect(e.fragment).toMatch(/^r1\./);
    expect(decodeReport(reportUrl('https://x.example', e.fragment).split('#')[1]!, isLesson)).toEqual({ ok: true, value: r });
    expect(encodeReport({ ...r, n: ' ' })).toEqual({ ok: false, message: 'Type your name to make the report.' });
  });

  it('faults: truncated, tampered, wrong kind, unknown version, unknown lessons, bad shape', () => {
    const e = encodeReport(buildReport(learnerRecord(), assignment, 'Sam', t(19)));
    if (!e.ok) throw new Error(e.message);
    const problem = (s: string) => {
      const d = decodeReport(s, isLesson);
      return d.ok ? 'ok' : d.problem;
    };
    expect(problem(e.fragment.slice(0, -4))).toBe('truncated');
    expect(problem(e.fragment.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toBe('tampered');
    expect(problem(e.fragment.replace(/^r1/, 'a1'))).toBe('wrong-kind');
    expect(problem(e.fragment.replace(/^r1/, 'r9'))).toBe('unknown-version');
    expect(problem(seal('r', 1, { ...buildReport(learnerRecord(), assignment, 'Sam', t(19)), i: [{ s: 'made-up' }] }))).toBe(
      'unknown-lessons',
    );
    expect(problem(seal('r', 1, { ...buildReport(learnerRecord(), assignment, 'Sam', t(19)), i: [{ s: 'glad-or-mad', p: 101 }] }))).toBe(
      'invalid',
    );
    const d = decodeReport(e.fragment.replace(/^r1/, 'a1'), isLesson);
    expect(d.ok ? '' : d.message).toMatch(/assignment link/);
  });

  it('a report file is readable text that carries the link', () => {
    const r = buildReport(learnerRecord(), assignment, 'Sam <Lee>', t(19));
    const e = encodeReport(r);
    if (!e.ok) throw new Error(e.message);
    const file = reportFile(r, reportUrl('https://x.example', e.fragment), (s) => s.toUpperCase());
    expect(file.name).toBe('glad-to-help-report-sam-lee-2026-11-19.txt');
    expect(file.text).toContain('Learner: Sam <Lee>');
    expect(file.text).toContain('- GLAD-OR-MAD: completed 2026-11-18, role-play best 90%, check best 75% (passed)');
    expect(file.text).toContain('self-reported');
    expect(findReportCodes(file.text)).toEqual([e.fragment]);
  });

  it('finds every report code in pasted text, once each, and nothing else', () => {
    const a = 'r1.1.abc.QQ';
    const b = 'r1.2.def.QUJD';
    const text = `Hi! Here are mine:\nhttps://site.example/team/#${a}\n(${b}) and again https://site.example/team/#${a}\nthanks, r2d2`;
    expect(findReportCodes(text)).toEqual([a, b]);
    expect(findReportCodes('no links here')).toEqual([]);
  });

  describe('properties', () => {
    it('encode → decode round-trips every valid report', () => {
      fc.assert(
        fc.property(reportPayload, (r) => {
          const e = encodeReport(r);
          if (!e.ok) return false;
          const d = decodeReport(e.fragment, isLesson);
          return d.ok && JSON.stringify(d.value) === JSON.stringify(r);
        }),
        { numRuns: 300 },
      );
    });

    it('decoding arbitrary text never throws', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 5000, unit: 'binary' }), (s) => {
          const d = decodeReport(s, isLesson);
          return !d.ok && d.message.length > 0;
        }),
        { numRuns: 1000 },
      );
    });

    it('finding codes in arbitrary text never throws', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 2000 }), (s) => Array.isArray(findReportCodes(s))),
        { numRuns: 500 },
      );
    });
  });
});
