import { formatDay } from '../../src/lib/assignments/due.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROSTER_CSV_HEADER, ROSTER_CSV_READABLE, csvCell, rosterCsv, toCsv } from '../../src/lib/assignments/csv.ts';
import { buildRoster } from '../../src/lib/assignments/roster.ts';
import { parseCsv } from '../../src/lib/assignments/csv-import.ts';
import type { ReportPayload } from '../../src/lib/assignments/schema.ts';

const report = (n: string, at: string, items: ReportPayload['i'], extra: Partial<ReportPayload> = {}): ReportPayload => ({
  a: 'a-1',
  t: 'Phone refresher',
  n,
  at,
  d: '2026-11-20',
  m: 'Front desk',
  i: items,
  ...extra,
});

const sam = report('Sam', '2026-11-19T10:00:00.000Z', [
  { s: 'answering-the-phone', c: '2026-11-18T10:00:00.000Z', r: 90, k: 100, q: 1 },
  { s: 'write-it-down', c: '2026-11-19T09:00:00.000Z', r: 70, k: 50, q: 0 },
]);
const ana = report('Ana', '2026-11-21T10:00:00.000Z', [
  { s: 'answering-the-phone' },
  { s: 'write-it-down', c: '2026-11-21T09:00:00.000Z' },
]);

describe('the roster', () => {
  it('one row a learner: share done, overdue items, scores', () => {
    const [group, ...rest] = buildRoster([sam, ana], '2026-11-22');
    expect(rest).toEqual([]);
    expect(group).toMatchObject({
      assignmentId: 'a-1',
      title: 'Phone refresher',
      due: '2026-11-20',
      team: 'Front desk',
      slugs: ['answering-the-phone', 'write-it-down'],
    });
    expect(
      group!.learners.map((l) => [
        l.name,
        l.done,
        l.total,
        l.share,
        l.overdue,
        l.averageRolePlay,
        l.averageCheck,
        l.checksPassed,
        l.checksTried,
      ]),
    ).toEqual([
      ['Ana', 1, 2, 0.5, 1, undefined, undefined, 0, 0],
      ['Sam', 2, 2, 1, 0, 80, 75, 1, 2],
    ]);
    expect(group!.learners[0]!.items[0]).toEqual({ slug: 'answering-the-phone', overdue: true });
  });

  it('a report made before scores were kept apart still shows its blended score', () => {
    const old = report('Lee', '2026-11-19T10:00:00.000Z', [{ s: 'answering-the-phone', c: '2026-11-18T10:00:00.000Z', p: 58 }]);
    const [learner] = buildRoster([old], '2026-11-22')[0]!.learners;
    expect(learner).toMatchObject({ averagePercent: 58, checksTried: 0 });
    expect(learner!.averageCheck).toBeUndefined();
  });

  it('nothing is overdue on the due day itself, or without a due date', () => {
    expect(buildRoster([ana], '2026-11-20')[0]!.learners[0]!.overdue).toBe(0);
    const { d: _, ...noDue } = ana;
    expect(buildRoster([noDue], '2027-01-01')[0]!.learners[0]!.overdue).toBe(0);
  });

  it('the same person reporting twice counts once, with the latest report; pasting a report twice changes nothing', () => {
    const later = report(' sam ', '2026-11-22T10:00:00.000Z', [
      { s: 'answering-the-phone', c: '2026-11-18T10:00:00.000Z' },
      { s: 'write-it-down' },
    ]);
    const rows = buildRoster([sam, later, sam, ana, ana], '2026-11-22')[0]!.learners;
    expect(rows.map((l) => [l.name, l.done])).toEqual([
      ['Ana', 1],
      ['sam', 1],
    ]);
  });

  it('several assignments make several groups', () => {
    const other = report('Sam', '2026-11-19T10:00:00.000Z', [{ s: 'keep-promises' }], { a: 'a-2', t: 'Apology refresher' });
    expect(buildRoster([sam, other, ana], '2026-11-22').map((g) => [g.title, g.learners.length])).toEqual([
      ['Apology refresher', 1],
      ['Phone refresher', 2],
    ]);
  });
});

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Lee, Sam')).toBe('"Lee, Sam"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(86)).toBe('86');
  });

  it('defuses formulas: a cell starting with = + - @ (or a tab) gets an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(['+1', '-1', '@SUM(A1)', '\tx'].map(csvCell)).toEqual(["'+1", "'-1", "'@SUM(A1)", "'\tx"]);
  });

  it('exports the roster one row per learner and lesson, CRLF line ends', () => {
    const csv = rosterCsv(
      buildRoster([sam, report('=cmd|calc', '2026-11-19T10:00:00.000Z', [{ s: 'write-it-down' }])], '2026-11-22'),
      (s) => `Title of ${s}`,
    );
    const rows = parseCsv(csv);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([...ROSTER_CSV_HEADER, ...ROSTER_CSV_READABLE]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'Phone refresher',
      'a-1',
      'Front desk',
      '2026-11-20',
      "'=cmd|calc",
      '2026-11-19T10:00:00.000Z',
      'Title of write-it-down',
      'write-it-down',
      '',
      '',
      '',
      '',
      '',
      'yes',
      formatDay('2026-11-20'),
      formatDay('2026-11-19'),
      '',
    ]);
    expect(rows[2]).toEqual([
      'Phone refresher',
      'a-1',
      'Front desk',
      '2026-11-20',
      'Sam',
      '2026-11-19T10:00:00.000Z',
      'Title of answering-the-phone',
      'answering-the-phone',
      '2026-11-18T10:00:00.000Z',
      '90',
      '100',
      'yes',
      '',
      'no',
      formatDay('2026-11-20'),
      formatDay('2026-11-19'),
      formatDay('2026-11-18'),
    ]);
  });

  it('property: any cells survive a round trip, and no cell reads as a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const back = parseCsv(toCsv(rows));
          const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          return JSON.stringify(back) === JSON.stringify(expected) && back.flat().every((c) => !/^[=+\-@]/.test(c));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('CSV import', () => {
  it('a roster exported as CSV loads back as the same roster', async () => {
    const { reportsFromCsv } = await import('../../src/lib/assignments/csv-import.ts');
    const groups = buildRoster([sam, ana, report('=cmd|calc', '2026-11-19T10:00:00.000Z', [{ s: 'write-it-down' }])], '2026-11-22');
    const back = reportsFromCsv(rosterCsv(groups, (s) => `Title of ${s}`));
    expect(back.problem).toBeUndefined();
    // Lessons come back in the order the CSV lists them; everything else is the same.
    const bySlug = (gs: typeof groups) => gs.map((g) => ({ ...g, slugs: [...g.slugs].sort() }));
    expect(bySlug(buildRoster(back.reports, '2026-11-22'))).toEqual(bySlug(groups));
    expect(reportsFromCsv('Name,Score\r\nSam,3\r\n')).toEqual({
      reports: [],
      problem: 'This is not a roster exported from the Team page (its columns differ).',
    });
  });
});
