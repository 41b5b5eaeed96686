import { PROGRESS_VERSION } from './schema.ts';
import { isPass } from '../practice/pass-mark.ts';

/**
 * One step per version: `migrations[n]` turns a version-n record into version n+1. Add one with its test
 * (test/unit/progress-versions.test.ts) whenever the record's shape changes.
 */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * 1 -> 2: a check now has a pass mark. Each old check attempt is marked passed or not by its score;
 * lessons already complete stay complete (completion entries are left as they are).
 */
function markCheckPasses(record: Record<string, unknown>): Record<string, unknown> {
  const activities = isRecord(record['activities']) ? record['activities'] : {};
  const migrated = Object.fromEntries(
    Object.entries(activities).map(([id, activity]) => {
      if (!id.startsWith('check:') || !isRecord(activity) || !Array.isArray(activity['attempts'])) return [id, activity];
      const attempts = activity['attempts'].map((a: unknown) =>
        isRecord(a) && typeof a['score'] === 'number' && typeof a['max'] === 'number' ? { ...a, passed: isPass(a['score'], a['max']) } : a,
      );
      return [id, { ...activity, attempts }];
    }),
  );
  return { ...record, activities: migrated, version: 2 };
}

export const migrations: Readonly<Record<number, Migration>> = { 1: markCheckPasses };

export type MigrationResult =
  { ok: true; record: Record<string, unknown> } | { ok: false; reason: 'newer-version' | 'no-version'; version?: unknown };

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
