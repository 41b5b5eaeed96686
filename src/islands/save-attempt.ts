import type { FinishedActivity } from '../client/attempts.ts';

/** The result could not be written to this browser's storage (it is blocked or full): it lasts for this visit. */
export class NotSavedError extends Error {
  constructor() {
    super('Kept for this visit only: this browser is not saving progress. Export it from My progress to keep it.');
  }
}

type Saving = typeof import('../client/attempts.ts');
let loading: Promise<Saving> | undefined;
const load = (): Promise<Saving> =>
  (loading ??= import('../client/attempts.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
// Start loading with the island, so a learner whose connection drops mid-lesson can still save at the end.
if (typeof window !== 'undefined') load().catch(() => undefined);

/**
 * Saves a finished activity through the page's progress store. Resolves only when the result was written
 * and read back; rejects with NotSavedError when it was kept in memory, or with the load error when the
 * saving code could not be fetched (offline before it arrived).
 */
export const saveAttemptLater = (done: FinishedActivity): Promise<void> =>
  load()
    .then((m) => m.saveAttempt(done))
    .then((result) => {
      if (result !== 'saved') throw new NotSavedError();
    });
