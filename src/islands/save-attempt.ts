import type { FinishedActivity } from '../client/attempts.ts';

/** The result could not be written to this browser's storage (it is blocked or full): it lasts for this visit. */
export class NotSavedError extends Error {
  constructor() {
    super('Kept for this visit only: this browser is not saving progress. Export it from My progress to keep it.');
  }
}

/**
 * Saves a finished activity through the page's progress store, loaded on first use. The lesson's
 * progress script has usually loaded it already, so the island's own bundle stays small. Resolves only
 * when the result was written and read back; rejects with NotSavedError when it was kept in memory.
 */
export const saveAttemptLater = (done: FinishedActivity): Promise<void> =>
  import('../client/attempts.ts')
    .then((m) => m.saveAttempt(done))
    .then((result) => {
      if (result !== 'saved') throw new NotSavedError();
    });
