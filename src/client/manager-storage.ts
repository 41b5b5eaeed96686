import type { KnownAssignment } from '../lib/assignments/roster.ts';
import { readRosterCodes, readSentAssignments, writeSentAssignments } from '../lib/assignments/manager-records.ts';

// The manager's and learner's small records in this browser's storage. Each call survives blocked or full
// storage: reading gives nothing, writing reports whether it was kept.

const SENT_KEY = 'glad-to-help:sent-assignments';
const ROSTER_KEY = 'glad-to-help:roster-reports';
const LEARNER_KEY = 'glad-to-help:learner-id';
const EXPECTED_KEY = 'glad-to-help:team-expected';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return localStorage.getItem(key) === value;
  } catch {
    return false;
  }
}

export const sentAssignments = () => readSentAssignments(read(SENT_KEY));

/** Remembers an assignment this manager made, so its reports are grouped under the manager's own details. */
export function rememberSentAssignment(id: string, details: KnownAssignment): boolean {
  const known = sentAssignments();
  known.set(id, details);
  return write(SENT_KEY, writeSentAssignments(known));
}

export const keptRosterCodes = () => readRosterCodes(read(ROSTER_KEY));
export const keepRosterCodes = (codes: readonly string[]) => write(ROSTER_KEY, JSON.stringify([...new Set(codes)]));
export const forgetRosterCodes = () => write(ROSTER_KEY, null);

/** The names of the people the manager expects to report, as typed (one a line). */
export const keptExpected = () => read(EXPECTED_KEY) ?? '';
export const keepExpected = (text: string) => write(EXPECTED_KEY, text.slice(0, 20_000));

/** This browser's random learner id, made on first use; reports carry it so two people named Sam stay two rows. */
export function learnerId(): string | undefined {
  const kept = read(LEARNER_KEY);
  if (kept && /^[a-z0-9]{8,32}$/.test(kept)) return kept;
  const made = Array.from(crypto.getRandomValues(new Uint32Array(3)), (n) => n.toString(36))
    .join('')
    .slice(0, 24)
    .padEnd(8, '0');
  return write(LEARNER_KEY, made) ? made : undefined;
}
