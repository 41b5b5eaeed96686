import type { RosterGroup } from './roster.ts';
import { formatDay } from './due.ts';

export type Cell = string | number | undefined;

/**
 * One CSV field (RFC 4180). A text that a spreadsheet would run as a formula (starting with = + - @, a tab
 * or a carriage return) gets a leading apostrophe, so a report cannot plant a formula in the manager's sheet.
 */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, lines ending in CRLF. */
export const toCsv = (rows: readonly (readonly Cell[])[]) => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

export const ROSTER_CSV_HEADER = [
  'Assignment',
  'Assignment id',
  'Team',
  'Due',
  'Learner',
  'Report made',
  'Lesson',
  'Lesson id',
  'Completed',
  'Role-play best (%)',
  'Check best (%)',
  'Check passed',
  'Best score, older report (%)',
  'Overdue',
] as const;

/** The same dates as people write them, after the ISO ones a spreadsheet sorts by (a CSV can be read back without them). */
export const ROSTER_CSV_READABLE = ['Due (date)', 'Reported (date)', 'Completed (date)'] as const;

const readable = (dayOrInstant: string | undefined) => (dayOrInstant ? formatDay(dayOrInstant.slice(0, 10)) : undefined);

/** The roster as CSV, one row per learner and lesson: what a manager pastes into a spreadsheet. */
export function rosterCsv(groups: readonly RosterGroup[], lessonTitle: (slug: string) => string): string {
  const rows: Cell[][] = [[...ROSTER_CSV_HEADER, ...ROSTER_CSV_READABLE]];
  for (const g of groups) {
    for (const l of g.learners) {
      for (const item of l.items) {
        rows.push([
          g.title,
          g.assignmentId,
          g.team,
          g.due,
          l.name,
          l.reportedAt,
          lessonTitle(item.slug),
          item.slug,
          item.completedAt,
          item.rolePlayPercent,
          item.checkPercent,
          item.checkPassed === undefined ? undefined : item.checkPassed ? 'yes' : 'no',
          item.percent,
          item.overdue ? 'yes' : 'no',
          readable(g.due),
          readable(l.reportedAt),
          readable(item.completedAt),
        ]);
      }
    }
  }
  return toCsv(rows);
}
