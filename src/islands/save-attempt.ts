import type { FinishedActivity } from '../client/attempts.ts';

/**
 * Saves a finished activity through the page's progress store, loaded on first use. The lesson's
 * progress script has usually loaded it already, so the island's own bundle stays small.
 */
export const saveAttemptLater = (done: FinishedActivity): Promise<void> => import('../client/attempts.ts').then((m) => m.saveAttempt(done));
