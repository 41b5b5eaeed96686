import type { RosterGroup } from './roster.ts';

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

/** The roster as CSV, one row per learner and lesson: what a manager pastes into a spreadsheet. */
export function rosterCsv(groups: readonly RosterGroup[], lessonTitle: (slug: string) => string): string {
  const rows: Cell[][] = [[...ROSTER_CSV_HEADER]];
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
        ]);
      }
    }
  }
  return toCsv(rows);
}
