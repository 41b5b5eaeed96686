import { emptyProgress, progressSchema, type Progress } from './schema.ts';
import { migrate } from './versions.ts';
import { setOwn } from './own.ts';

export type ReadProblem = 'corrupt' | 'newer-version' | 'wrong-shape';

export type ReadResult =
  /** `skipped` names the entries left out because they could not be read (the rest of the record is kept). */
  { ok: true; progress: Progress; migrated: boolean; skipped: string[] } | { ok: false; problem: ReadProblem; detail: string };

/** Reads a stored or imported record. Never throws: whatever the bytes, the answer says what they are. */
export function parseProgress(raw: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt', detail: 'The saved data is not valid JSON.' };
  }
  return checkProgress(data);
}

/** Validates an already-parsed value as a progress record, migrating older versions. */
export function checkProgress(data: unknown): ReadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: 'wrong-shape', detail: 'The saved data is not a progress record.' };
  }
  const migrated = migrate(data as Record<string, unknown>);
  if (!migrated.ok) {
    return migrated.reason === 'newer-version'
      ? {
          ok: false,
          problem: 'newer-version',
          detail: `The saved data is from a newer version of the course (version ${String(migrated.version)}).`,
        }
      : { ok: false, problem: 'wrong-shape', detail: 'The saved data has no version the course knows.' };
  }
  const result = progressSchema.safeParse(migrated.record);
  if (!result.success) {
    const salvaged = salvage(migrated.record);
    if (salvaged) return { ok: true, progress: salvaged.progress, migrated: true, skipped: salvaged.skipped };
    const issue = result.error.issues[0];
    return {
      ok: false,
      problem: 'wrong-shape',
      detail: `The saved data does not have the expected shape (at ${issue?.path.join('.') || 'the top'}).`,
    };
  }
  return { ok: true, progress: result.data, migrated: migrated.record !== data, skipped: [] };
}

const SECTIONS = { lessons: 'the lesson', activities: 'the activity', assignments: 'the assignment' } as const;
type Section = keyof typeof SECTIONS;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One bad entry must not cost the learner the rest: when the record as a whole does not pass, each entry is
 * checked on its own and the good ones kept. Undefined when the record's frame itself is broken.
 */
function salvage(record: Record<string, unknown>): { progress: Progress; skipped: string[] } | undefined {
  const progress = emptyProgress();
  const skipped: string[] = [];
  if (!progressSchema.safeParse({ ...emptyProgress(), version: record['version'] }).success) return undefined;
  if (Object.keys(record).some((k) => k !== 'version' && !(k in SECTIONS))) return undefined;
  for (const section of Object.keys(SECTIONS) as Section[]) {
    const entries = record[section];
    if (!isRecord(entries)) return undefined;
    for (const [id, value] of Object.entries(entries)) {
      // A computed key is an own property even for "__proto__".
      const one = progressSchema.safeParse({ ...emptyProgress(), [section]: { [id]: value } });
      if (one.success) setOwn(progress[section], id, one.data[section][id]);
      else skipped.push(`${SECTIONS[section]} “${id.slice(0, 60)}”`);
    }
  }
  return { progress, skipped };
}
