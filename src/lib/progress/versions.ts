import { PROGRESS_VERSION } from './schema.ts';

/**
 * One step per version: `migrations[n]` turns a version-n record into version n+1.
 * Version 1 is the first release, so there are no steps yet; add one with its test
 * (test/unit/progress-versions.test.ts) whenever the record's shape changes.
 */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { ok: true; record: Record<string, unknown> }
  | { ok: false; reason: 'newer-version' | 'no-version'; version?: unknown };

/** Brings a record of any known version up to `target`; a newer or missing version is refused, not guessed at. */
export function migrate(record: Record<string, unknown>, steps = migrations, target = PROGRESS_VERSION): MigrationResult {
  let current = record;
  let version = current['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'no-version', version };
  if (version > target) return { ok: false, reason: 'newer-version', version };
  while (version < target) {
    const step = steps[version];
    if (!step) return { ok: false, reason: 'no-version', version };
    current = step(current);
    version = current['version'];
    if (typeof version !== 'number') return { ok: false, reason: 'no-version', version };
  }
  return { ok: true, record: current };
}
