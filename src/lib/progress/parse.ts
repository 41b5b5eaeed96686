import { progressSchema, type Progress } from './schema.ts';
import { migrate } from './versions.ts';

export type ReadProblem = 'corrupt' | 'newer-version' | 'wrong-shape';

export type ReadResult = { ok: true; progress: Progress; migrated: boolean } | { ok: false; problem: ReadProblem; detail: string };

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
    const issue = result.error.issues[0];
    return {
      ok: false,
      problem: 'wrong-shape',
      detail: `The saved data does not have the expected shape (at ${issue?.path.join('.') || 'the top'}).`,
    };
  }
  return { ok: true, progress: result.data, migrated: migrated.record !== data };
}
