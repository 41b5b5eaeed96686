import { formatDay } from './due.ts';
import { mailtoUrl } from './mailto.ts';
import { cleanName, nameKey } from './names.ts';
import type { RosterGroup } from './roster.ts';

/** At most this many names are kept: a team, not a directory. */
export const MAX_EXPECTED = 200;

/** The names a manager typed, one a line: cleaned, without blanks or repeats, in the order typed. */
export function readExpected(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const name = cleanName(line.trim().slice(0, 100)).name.trim();
    if (seen.has(nameKey(name))) continue;
    seen.add(nameKey(name));
    names.push(name);
  }
  return names.slice(0, MAX_EXPECTED);
}

/** Who of the expected people has not sent a report for this assignment (names match ignoring case and look-alikes). */
export function notReported(expected: readonly string[], group: Pick<RosterGroup, 'learners'> | undefined): string[] {
  const reported = new Set((group?.learners ?? []).map((l) => nameKey(l.name)));
  return expected.filter((name) => !reported.has(nameKey(name)));
}

/** A ready reminder e-mail (the manager adds the addresses): what to finish, by when, and how to report. */
export function reminderMail(title: string, due: string | undefined, siteUrl: string): string {
  const by = due ? ` by ${formatDay(due)}` : '';
  return mailtoUrl({
    subject: `Reminder: ${title}`,
    body: [
      'Hi,',
      '',
      `A reminder to finish the lessons of “${title}”${by}.`,
      `When you are done, open My progress (${siteUrl}/progress/), make your completion report and send me the link.`,
      '',
      'Thank you!',
    ].join('\n'),
  });
}
