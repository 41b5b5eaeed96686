/** A calendar day in the device's own time zone, `YYYY-MM-DD`. */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

export type DueState =
  { kind: 'done' } | { kind: 'no-due-date' } | { kind: 'due'; days: number } | { kind: 'due-today' } | { kind: 'overdue'; days: number };

/** Where an assignment stands against its due day (which counts until its end). */
export function dueState(due: string | undefined, today: string, complete: boolean): DueState {
  if (complete) return { kind: 'done' };
  if (!due) return { kind: 'no-due-date' };
  const days = dayNumber(due) - dayNumber(today);
  if (days === 0) return { kind: 'due-today' };
  return days > 0 ? { kind: 'due', days } : { kind: 'overdue', days: -days };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function dueLabel(state: DueState): string {
  switch (state.kind) {
    case 'done':
      return 'All done';
    case 'no-due-date':
      return 'No due date';
    case 'due-today':
      return 'Due today';
    case 'due':
      return state.days === 1 ? 'Due tomorrow' : `Due in ${plural(state.days, 'day')}`;
    case 'overdue':
      return `Overdue by ${plural(state.days, 'day')}`;
  }
}

const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A day as people read it: "Friday, November 27, 2026". */
export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
