import type { Attempt } from './schema.ts';

/** How many recent attempts an activity keeps besides its best: a year of daily use stays small. */
export const RECENT_ATTEMPTS = 5;

const byTimeThenId = (a: Attempt, b: Attempt) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Higher share of the maximum wins; on a tie the earlier attempt (it got there first). */
function better(a: Attempt, b: Attempt): Attempt {
  const sa = a.score / a.max;
  const sb = b.score / b.max;
  if (sa !== sb) return sa > sb ? a : b;
  return byTimeThenId(a, b) <= 0 ? a : b;
}

/** The best attempt that counts (practice runs never do), if any. */
export function bestAttempt(attempts: readonly Attempt[]): Attempt | undefined {
  return attempts.filter((a) => !a.practice).reduce<Attempt | undefined>((best, a) => (best ? better(best, a) : a), undefined);
}

/** Identity of an attempt: all of it, so two that differ in anything are both kept. */
const identity = (a: Attempt) =>
  JSON.stringify([a.id, a.at, a.score, a.max, a.path, a.practice ?? false, a.seed ?? '', a.traps ?? [], a.passed ?? null]);

/**
 * The union of attempt lists without repeats, oldest first, trimmed to the best plus the most recent few.
 * Order of the inputs does not matter, and merging in a list already merged changes nothing.
 */
export function keepAttempts(...lists: readonly (readonly Attempt[])[]): Attempt[] {
  const unique = new Map<string, Attempt>();
  for (const list of lists) for (const a of list) unique.set(identity(a), a);
  const all = [...unique.values()].sort((a, b) => byTimeThenId(a, b) || (identity(a) < identity(b) ? -1 : 1));
  const best = bestAttempt(all);
  const recent = all.slice(-RECENT_ATTEMPTS);
  return best && !recent.includes(best) ? [best, ...recent] : recent;
}
