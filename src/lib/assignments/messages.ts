import { formatDay } from './due.ts';
import type { AssignmentPayload, ReportPayload } from './schema.ts';

// The words that go with a link: the e-mail, the calendar note and the report file. Plain text only.

export interface NamedLesson {
  slug: string;
  title: string;
  minutes: number;
}

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

export function assignmentEmail(p: AssignmentPayload, lessons: readonly NamedLesson[], url: string): { subject: string; body: string } {
  const total = lessons.reduce((sum, l) => sum + l.minutes, 0);
  const body = [
    'Hello,',
    '',
    `Please take these lessons from the Glad to Help course${p.d ? ` by ${formatDay(p.d)}` : ''}. They take about ${minutes(total)} in all.`,
    '',
    ...lessons.map((l) => `- ${l.title} (${minutes(l.minutes)})`),
    ...(p.n ? ['', p.n] : []),
    '',
    'Open this link on the phone or computer you use for the course; it adds the lessons to your list:',
    url,
    '',
    'When you have finished, make a completion report from the same page and send it back to me.',
    ...(p.b ? ['', p.b] : []),
  ];
  return { subject: `${p.t}${p.d ? ` (due ${formatDay(p.d)})` : ''}`, body: body.join('\n') };
}

export function calendarDescription(p: AssignmentPayload, lessons: readonly NamedLesson[], url: string): string {
  return [
    `${p.t}${p.b ? ` from ${p.b}` : ''}.`,
    ...lessons.map((l) => `- ${l.title} (${minutes(l.minutes)})`),
    ...(p.n ? [p.n] : []),
    `Open: ${url}`,
  ].join('\n');
}

export interface ReportFile {
  name: string;
  text: string;
}

const fileSafe = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40) || 'learner';

/** A lesson's scores in a report line, role-play and check apart. */
function itemScores(x: ReportPayload['i'][number]): string {
  const parts = [
    x.r !== undefined ? `role-play best ${x.r}%` : '',
    x.k !== undefined ? `check best ${x.k}% (${x.q === 1 ? 'passed' : 'not passed yet'})` : '',
    x.p !== undefined ? `best score ${x.p}%` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}

/** A report as a small text file: readable lines for people, and the link the Team page reads. */
export function reportFile(r: ReportPayload, url: string, lessonTitle: (slug: string) => string): ReportFile {
  const done = r.i.filter((x) => x.c).length;
  const text = [
    'Glad to Help: completion report',
    '',
    `Assignment: ${r.t}`,
    `Learner: ${r.n}`,
    ...(r.d ? [`Due: ${formatDay(r.d)}`] : []),
    `Made: ${r.at}`,
    `Done: ${done} of ${r.i.length} lessons`,
    '',
    ...r.i.map((x) => `- ${lessonTitle(x.s)}: ${x.c ? `completed ${x.c.slice(0, 10)}` : 'not complete'}${itemScores(x)}`),
    '',
    'This report is self-reported: it says what the learner’s own browser recorded.',
    'Manager: open the link below, or drop this file on the Team page of the course.',
    '',
    url,
    '',
  ].join('\n');
  return { name: `glad-to-help-report-${fileSafe(r.n)}-${r.at.slice(0, 10)}.txt`, text };
}
