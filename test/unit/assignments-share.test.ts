import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/lib/assignments/base64url.ts';
import { dueLabel, dueState, formatDay, localDay } from '../../src/lib/assignments/due.ts';
import { assignmentIcs, foldLine, icsText } from '../../src/lib/assignments/ics.ts';
import { myAssignments } from '../../src/lib/assignments/learner.ts';
import { mailtoUrl } from '../../src/lib/assignments/mailto.ts';
import { assignmentEmail } from '../../src/lib/assignments/messages.ts';
import { qrShape } from '../../src/lib/assignments/qr.ts';
import {
  modulePick,
  pickedLessons,
  toggleLesson,
  toggleModule,
  totalMinutes,
  type PickModule,
} from '../../src/lib/assignments/selection.ts';
import { emptyProgress } from '../../src/lib/progress/schema.ts';
import { addAssignment, setComplete } from '../../src/lib/progress/update.ts';

const unescapeIcs = (s: string) => s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const unfold = (s: string) => s.replace(/\r\n /g, '');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('calendar reminder (.ics)', () => {
  const ics = assignmentIcs({
    id: 'a-xyz',
    title: 'Phone; apology, and "more"',
    due: '2026-11-20',
    description: `Line one\nLine two, with a comma; and \\ backslash. ${'Long text '.repeat(20)}`,
    url: 'https://site.example/assignment/#a1.2k.abc.QUJD',
    now: '2026-11-16T08:30:00.000Z',
  });

  it('is an all-day event on the due day with CRLF line ends and a reminder', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261120\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20261121\r\n');
    expect(ics).toContain('DTSTAMP:20261116T083000Z\r\n');
    expect(ics).toContain('UID:a-xyz@glad-to-help\r\n');
    expect(ics).toContain('BEGIN:VALARM');
  });

  it('escapes text and folds lines at 75 octets', () => {
    expect(unfold(ics)).toContain('SUMMARY:Due: Phone\\; apology\\, and "more"\r\n');
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const description = unfold(ics)
      .split('\r\n')
      .find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(unescapeIcs(description.slice('DESCRIPTION:'.length))).toMatch(
      /^Line one\nLine two, with a comma; and \\ backslash\. Long text/,
    );
  });

  it('crosses month and year ends', () => {
    expect(assignmentIcs({ id: 'x', title: 't', due: '2026-12-31', description: '', url: 'u', now: '2026-11-16T08:30:00.000Z' })).toContain(
      'DTEND;VALUE=DATE:20270101',
    );
  });

  it('property: escaping then unescaping gives the text back, and folding keeps every line short and whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const line = `DESCRIPTION:${icsText(s)}`;
        const folded = foldLine(line);
        // eslint-disable-next-line no-control-regex -- the test removes control characters on purpose, as icsText does
        const clean = s.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        return (
          unescapeIcs(icsText(s)) === clean &&
          unfold(folded) === line &&
          folded.split('\r\n').every((l) => octets(l) <= 75) &&
          !/[;,](?<!\\[;,])/.test(icsText(s).replace(/\\[\\;,]/g, ''))
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('mailto link', () => {
  it('percent-encodes subject and body, so nothing can add a header', () => {
    const url = mailtoUrl({ subject: 'Due Friday & more', body: 'Line 1\nbcc=evil@example.com&x=1 #frag' });
    expect(url).toBe('mailto:?subject=Due%20Friday%20%26%20more&body=Line%201%0D%0Abcc%3Devil%40example.com%26x%3D1%20%23frag');
    expect(new URL(url).searchParams.get('body')).toBe('Line 1\r\nbcc=evil@example.com&x=1 #frag');
  });

  it('the assignment e-mail lists the lessons, the minutes, the due day and the link', () => {
    const { subject, body } = assignmentEmail(
      { t: 'Phone refresher', i: ['a', 'b'], c: '2026-11-16T08:00:00.000Z', d: '2026-11-20', b: 'Dana', n: 'Thanks!' },
      [
        { slug: 'a', title: 'Answering the phone', minutes: 5 },
        { slug: 'b', title: 'Write it down', minutes: 4 },
      ],
      'https://site.example/assignment/#a1',
    );
    expect(subject).toBe('Phone refresher (due Friday, November 20, 2026)');
    expect(body).toContain('about 9 minutes in all');
    expect(body).toContain('- Answering the phone (5 minutes)');
    expect(body).toContain('https://site.example/assignment/#a1');
    expect(body).toContain('Thanks!');
  });
});

describe('due dates', () => {
  it('says how far off or overdue an assignment is; done wins', () => {
    expect(dueLabel(dueState('2026-11-20', '2026-11-18', false))).toBe('Due in 2 days');
    expect(dueLabel(dueState('2026-11-20', '2026-11-19', false))).toBe('Due tomorrow');
    expect(dueLabel(dueState('2026-11-20', '2026-11-20', false))).toBe('Due today');
    expect(dueLabel(dueState('2026-11-20', '2026-11-21', false))).toBe('Overdue by 1 day');
    expect(dueLabel(dueState('2026-11-20', '2027-03-01', false))).toBe('Overdue by 101 days');
    expect(dueLabel(dueState('2026-11-20', '2026-11-25', true))).toBe('All done');
    expect(dueLabel(dueState(undefined, '2026-11-25', false))).toBe('No due date');
  });

  it('reads days in local time and writes them for people', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(formatDay('2026-11-20')).toBe('Friday, November 20, 2026');
  });
});

describe('My assignments', () => {
  it('lists each assignment with its items’ status, soonest due first and finished ones last', () => {
    let p = emptyProgress();
    p = addAssignment(p, { id: 'late', title: 'Late', items: ['glad-or-mad'], addedAt: '2026-11-01T00:00:00.000Z', due: '2026-11-10' });
    p = addAssignment(p, { id: 'done', title: 'Done', items: ['back-to-basics'], addedAt: '2026-11-01T00:00:00.000Z', due: '2026-11-05' });
    p = addAssignment(p, { id: 'open', title: 'Open', items: ['glad-or-mad', 'warm-welcome'], addedAt: '2026-11-02T00:00:00.000Z' });
    p = setComplete(p, 'back-to-basics', true, '2026-11-03T00:00:00.000Z');
    const views = myAssignments(p, '2026-11-12');
    expect(views.map((v) => [v.assignment.id, v.done, v.items.length, dueLabel(v.due)])).toEqual([
      ['late', 0, 1, 'Overdue by 2 days'],
      ['open', 0, 2, 'No due date'],
      ['done', 1, 1, 'All done'],
    ]);
  });
});

describe('lesson picking', () => {
  const modules: PickModule[] = [
    {
      id: 'm1',
      title: 'One',
      lessons: [
        { slug: 'a', title: 'A', minutes: 3 },
        { slug: 'b', title: 'B', minutes: 4 },
      ],
    },
    { id: 'm2', title: 'Two', lessons: [{ slug: 'c', title: 'C', minutes: 5 }] },
  ];

  it('whole modules or single lessons, kept in course order, with total minutes', () => {
    let picked = toggleLesson('c', new Set());
    picked = toggleLesson('b', picked);
    expect(modulePick(modules[0]!, picked)).toBe('some');
    expect(pickedLessons(modules, picked).map((l) => l.slug)).toEqual(['b', 'c']);
    picked = toggleModule(modules[0]!, picked);
    expect(modulePick(modules[0]!, picked)).toBe('all');
    expect(totalMinutes(pickedLessons(modules, picked))).toBe(12);
    picked = toggleModule(modules[0]!, picked);
    expect(modulePick(modules[0]!, picked)).toBe('none');
    expect([...picked]).toEqual(['c']);
  });
});

describe('QR code and base64url', () => {
  it('draws a square QR code for a link, and gives up on text too long for any', () => {
    const shape = qrShape('https://site.example/assignment/#a1.2k.abc.QUJD');
    expect(shape?.size).toBeGreaterThanOrEqual(21);
    expect(shape?.d).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    expect(qrShape('x'.repeat(4000))).toBeUndefined();
  });

  it('a link of 1,000 characters still fits a QR code a phone can read from paper', () => {
    expect(qrShape(`https://service-course.example/assignment/#${'A'.repeat(1000)}`)).toBeDefined();
    expect(qrShape(`https://service-course.example/assignment/#${'A'.repeat(2000)}`)).toBeUndefined();
  });

  it('property: bytes round-trip, and decoding any text never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const back = fromBase64url(toBase64url(bytes));
        return (
          back.ok && Buffer.from(back.bytes).equals(Buffer.from(bytes)) && toBase64url(bytes) === Buffer.from(bytes).toString('base64url')
        );
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => typeof fromBase64url(s).ok === 'boolean'),
      { numRuns: 500 },
    );
  });
});
