import { isRealDay } from '../dates.ts';
import type { KnownAssignment } from './roster.ts';

// What a manager's browser keeps for the Team page: the assignments they made (so a learner's report can
// never rename a group) and the report codes pasted so far (so a reload loses nothing). Pure: the caller
// reads and writes the text.

const MAX_KEPT = 2000;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Reads the manager's own assignments; anything malformed is skipped, never thrown. */
export function readSentAssignments(text: string | null): Map<string, KnownAssignment> {
  const out = new Map<string, KnownAssignment>();
  let data: unknown;
  try {
    data = JSON.parse(text ?? '[]');
  } catch {
    return out;
  }
  if (!Array.isArray(data)) return out;
  for (const item of data.slice(0, MAX_KEPT)) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, title, team, due } = item as Record<string, unknown>;
    if (!isText(id, 64) || !/^a-[0-9a-z]+$/.test(id) || !isText(title, 200) || title.trim() === '') continue;
    out.set(id, {
      title,
      ...(isText(team, 100) && team !== '' && { team }),
      ...(isText(due, 10) && isRealDay(due) && { due }),
    });
  }
  return out;
}

export function writeSentAssignments(known: ReadonlyMap<string, KnownAssignment>): string {
  return JSON.stringify([...known.entries()].slice(-MAX_KEPT).map(([id, a]) => ({ id, ...a })));
}

/** Reads the kept report codes: short strings only, each once. */
export function readRosterCodes(text: string | null): string[] {
  try {
    const data: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(data) ? [...new Set(data.filter((c): c is string => isText(c, 8192)))].slice(0, 5000) : [];
  } catch {
    return [];
  }
}
