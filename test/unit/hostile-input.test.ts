import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFuture, isRealDay, isRealInstant } from '../../src/lib/dates.ts';
import { seal } from '../../src/lib/assignments/envelope.ts';
import { decodeReport } from '../../src/lib/assignments/report.ts';
import { buildRoster } from '../../src/lib/assignments/roster.ts';
import { cleanName } from '../../src/lib/assignments/names.ts';
import type { ReportPayload } from '../../src/lib/assignments/schema.ts';
import { mergeProgress } from '../../src/lib/progress/merge.ts';
import { emptyProgress, type Progress } from '../../src/lib/progress/schema.ts';
import { lessonStatus } from '../../src/lib/progress/status.ts';
import { previewImport, readImport } from '../../src/lib/progress/transfer.ts';
import { recordAttempt } from '../../src/lib/progress/update.ts';
import { fixturePath } from '../support/fixtures.ts';

const hostile = (name: string) => readFileSync(fixturePath('hostile', name), 'utf8');
const NOW = '2026-11-20T10:00:00.000Z';

describe('dates: real calendar dates between 2000 and 2100, everywhere', () => {
  it('refuses days and instants that do not exist or are out of range', () => {
    expect(['2026-02-28', '2028-02-29', '2000-01-01', '2100-12-31'].every(isRealDay)).toBe(true);
    expect(
      ['2026-13-45', '2026-02-29', '2026-04-31', '1999-12-31', '2101-01-01', '9999-12-31', '0000-01-01', '2026-1-1'].some(isRealDay),
    ).toBe(false);
    expect(isRealInstant('2026-11-20T10:00:00.000Z')).toBe(true);
    expect(
      ['2026-13-45T10:00:00.000Z', '2026-11-20T24:00:00.000Z', '2026-11-20T10:60:00.000Z', '2026-11-20T10:00:00Z'].some(isRealInstant),
    ).toBe(false);
  });

  it('property: every day the schema accepts can be formatted without throwing', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), (day) => {
        if (isRealDay(day))
          expect(() => new Intl.DateTimeFormat('en', { dateStyle: 'full' }).format(new Date(`${day}T00:00:00Z`))).not.toThrow();
      }),
    );
  });

  it('a report link with a date that does not exist is refused with a plain message (valid checksum or not)', () => {
    const crafted = seal('r', 1, { a: 'a-x', t: 'Refresher', n: 'Mallory', at: '2026-13-45T10:00:00.000Z', i: [{ s: 'glad-or-mad' }] });
    const decoded = decodeReport(crafted, () => true);
    expect(decoded).toMatchObject({ ok: false, problem: 'invalid' });
    const dueInYear9999 = seal('r', 1, { a: 'a-x', t: 'Refresher', n: 'Mallory', at: NOW, d: '9999-12-31', i: [{ s: 'glad-or-mad' }] });
    expect(decodeReport(dueInYear9999, () => true).ok).toBe(false);
  });

  it.each([
    ['progress-impossible-date.json', 'the lesson “glad-or-mad”', 'lessons'],
    ['progress-impossible-completion.json', 'the lesson “glad-or-mad”', 'lessons'],
    ['progress-impossible-due.json', 'the assignment “a-x1”', 'assignments'],
    ['progress-score-over-max.json', 'the activity “check:glad-or-mad-check”', 'activities'],
  ] as const)('an imported file with %s: the damaged entry is named and left out, the rest is read', (file, entry, section) => {
    const read = readImport(hostile(file));
    if (!read.ok) throw new Error(read.message);
    expect(read.damaged).toEqual([entry]);
    expect(read.progress[section]).toEqual({});
  });

  it('a file whose frame is broken is refused whole, and nothing changes', () => {
    const broken = JSON.stringify({
      format: 'glad-to-help/progress',
      progress: { version: 2, lessons: [], activities: {}, assignments: {} },
    });
    expect(readImport(broken)).toEqual({
      ok: false,
      message: 'This progress file cannot be used: its contents are damaged or incomplete. Nothing was changed.',
    });
  });
});

describe('own keys only: ids such as constructor are ordinary ids', () => {
  it('an imported "constructor" lesson does not wipe or break the record; unknown lessons are listed and left out', () => {
    const read = readImport(hostile('progress-constructor-key.json'));
    if (!read.ok) throw new Error(read.message);
    const current = recordAttempt(
      emptyProgress(),
      {
        lesson: 'keep-promises',
        activity: 'check:k',
        attempt: { id: 'a', at: NOW, score: 4, max: 4, path: [], passed: true },
        lessonActivities: ['check:k'],
      },
      NOW,
    );
    const preview = previewImport(current, read.progress, { isLesson: (s) => ['glad-or-mad', 'keep-promises'].includes(s), now: NOW });
    expect(preview.skipped).toEqual(['constructor']);
    expect(preview.added).toEqual(['glad-or-mad']);
    expect(Object.keys(preview.merged.lessons).sort()).toEqual(['glad-or-mad', 'keep-promises']);
    expect(lessonStatus(preview.merged, 'keep-promises')).toBe('complete');
    expect(JSON.parse(JSON.stringify(preview.merged))).toEqual(preview.merged);
  });

  it('property: merging records keyed by prototype names keeps every entry, commutatively', () => {
    const names = fc.constantFrom('constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty', 'glad-or-mad');
    const lesson = (day: number) => ({ firstVisit: `2026-11-0${day}T10:00:00.000Z`, lastVisit: `2026-11-0${day}T10:00:00.000Z` });
    fc.assert(
      fc.property(fc.uniqueArray(names), fc.uniqueArray(names), (a, b) => {
        const pa: Progress = { ...emptyProgress(), lessons: Object.fromEntries(a.map((k) => [k, lesson(1)])) };
        const pb: Progress = { ...emptyProgress(), lessons: Object.fromEntries(b.map((k) => [k, lesson(2)])) };
        const merged = mergeProgress(pa, pb);
        expect(Object.keys(merged.lessons).sort()).toEqual([...new Set([...a, ...b])].sort());
        expect(mergeProgress(pb, pa)).toEqual(merged);
        for (const k of Object.keys(merged.lessons)) expect(typeof merged.lessons[k]?.firstVisit).toBe('string');
      }),
    );
  });
});

describe('a future-dated entry never overrides the present', () => {
  it('an imported "not done in 2099" does not un-complete a lesson, and redoing the activities completes it', () => {
    const read = readImport(hostile('progress-future-undone.json'));
    if (!read.ok) throw new Error(read.message);
    const done: Progress = {
      ...emptyProgress(),
      lessons: { 'glad-or-mad': { firstVisit: NOW, lastVisit: NOW, completion: { done: true, at: NOW } } },
    };
    expect(lessonStatus(previewImport(done, read.progress, { now: NOW }).merged, 'glad-or-mad')).toBe('complete');

    const locked = previewImport(emptyProgress(), read.progress, { now: NOW }).merged;
    const redone = recordAttempt(
      locked,
      {
        lesson: 'glad-or-mad',
        activity: 'check:g',
        attempt: { id: 'b', at: NOW, score: 4, max: 4, path: [], passed: true },
        lessonActivities: ['check:g'],
      },
      NOW,
    );
    expect(lessonStatus(mergeProgress(redone, locked, NOW), 'glad-or-mad')).toBe('complete');
    expect(isFuture('2026-11-21T09:00:00.000Z', NOW)).toBe(false);
    expect(isFuture('2026-11-22T11:00:00.000Z', NOW)).toBe(true);
  });
});

describe('the Team roster cannot be renamed or merged by a learner', () => {
  const report = (n: string, at: string, extra: Partial<ReportPayload> = {}): ReportPayload => ({
    a: 'a-1',
    t: 'Phone refresher',
    n,
    at,
    d: '2026-11-20',
    m: 'Front desk',
    i: [{ s: 'glad-or-mad' }],
    ...extra,
  });

  it("a later report with other details does not rename the group; the manager's own details win", () => {
    const honest = [report('Ana', '2026-11-10T10:00:00.000Z'), report('Ben', '2026-11-11T10:00:00.000Z')];
    const rogue = report('Mallory', '2026-11-19T10:00:00.000Z', { t: 'Free pizza', m: 'Nobody', d: '2026-12-31' });
    const [group] = buildRoster([...honest, rogue], '2026-11-22');
    expect(group).toMatchObject({
      title: 'Phone refresher',
      team: 'Front desk',
      due: '2026-11-20',
      detailsFrom: 'reports',
      disagreeing: 1,
    });
    const [mine] = buildRoster(
      [rogue],
      '2026-11-22',
      new Map([['a-1', { title: 'Phone refresher', team: 'Front desk', due: '2026-11-20' }]]),
    );
    expect(mine).toMatchObject({ title: 'Phone refresher', detailsFrom: 'manager', disagreeing: 1 });
  });

  it('two learners with the same name in different browsers are two rows, flagged; one browser twice is one row', () => {
    const rows = buildRoster(
      [
        report('Sam', '2026-11-10T10:00:00.000Z', { l: 'aaaaaaaa1' }),
        report('Sam', '2026-11-11T10:00:00.000Z', { l: 'bbbbbbbb2' }),
        report('Sam', '2026-11-12T10:00:00.000Z', { l: 'aaaaaaaa1' }),
      ],
      '2026-11-22',
    )[0]!.learners;
    expect(rows.map((l) => [l.name, l.sameName, l.reportedAt])).toEqual([
      ['Sam', 1, '2026-11-11T10:00:00.000Z'],
      ['Sam', 1, '2026-11-12T10:00:00.000Z'],
    ]);
  });

  it('names are shown cleaned of invisible and look-alike characters, and flagged', () => {
    expect(cleanName('Sa\u200bm')).toEqual({ name: 'Sam', altered: true });
    expect(cleanName('\u202eSam')).toEqual({ name: 'Sam', altered: true });
    expect(cleanName('Ｓａｍ')).toEqual({ name: 'Sam', altered: true });
    expect(cleanName('  Sam  Lee ')).toEqual({ name: 'Sam Lee', altered: false });
    const rows = buildRoster([report('Sa\u200bm', '2026-11-10T10:00:00.000Z'), report('Sam', '2026-11-11T10:00:00.000Z')], '2026-11-22')[0]!
      .learners;
    expect(rows).toHaveLength(1);
  });
});

describe('smaller guards', () => {
  it('a role-play tag inside a comment or a code block is not a required activity', async () => {
    const { activitiesIn } = await import('../../src/lib/course/activities.ts');
    const body = [
      'Intro.',
      '',
      '{/* <RolePlay id="old-draft" /> */}',
      '',
      '```mdx',
      '<KnowledgeCheck id="example-in-code" />',
      '```',
      '',
      '<RolePlay id="real-one" />',
      '',
      '<KnowledgeCheck id="real-check" />',
    ].join('\n');
    expect(activitiesIn(body)).toEqual([
      { kind: 'roleplay', id: 'real-one', line: 9 },
      { kind: 'check', id: 'real-check', line: 11 },
    ]);
  });

  it('a source link must be http or https', async () => {
    const { sourceSchema } = await import('../../src/schemas/source.ts');
    expect(sourceSchema.safeParse({ title: 'Study', by: 'Someone', url: 'javascript:alert(1)' }).success).toBe(false);
    expect(sourceSchema.safeParse({ title: 'Study', by: 'Someone', url: 'https://example.org/' }).success).toBe(true);
  });
});
