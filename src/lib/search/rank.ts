// The order a worker at the counter needs: the handbook card that answers the question first ("Quick answer"),
// then lessons; role-play scripts only when asked for; pages for managers after those for new hires, unless the
// question is about leading a team. Pagefind finds the pages; this only reorders what it found.

/** Page types as the pages declare them (SearchFilters.astro). */
export const TYPES = { card: 'Handbook card', lesson: 'Lesson', script: 'Role-play' } as const;
/** What a search shows unless the learner picks types: cards and lessons, not role-play scripts. */
export const DEFAULT_TYPES: readonly string[] = [TYPES.card, TYPES.lesson];

export interface Candidate {
  type: string | undefined;
  audience: readonly string[];
  /** Share of the question's weight the page's text has (merge.ts's coverage). */
  coverage: number;
  /** Share of it the page's answer itself has: its title, summary, line to say and listed questions. */
  surface: number;
  /** Share of it that one line of that answer holds (merge.ts's bestLine). */
  lineShare: number;
  score: number;
}

const LEADING =
  /^(manag|lead|leader|team|staff|employee|coach|hire|hiring|onboard|train|supervis|boss|shift|appreciat|feedback|retain|turnover)/;
/** Whether a question is about leading people rather than serving customers. */
export const aboutLeading = (words: readonly string[]) => words.some((w) => LEADING.test(w));

/** The share of the question a page's own answer (title, summary, line to say, questions) must hold to answer it. */
const SAYS_IT = 0.3;
const BOOST: Record<string, number> = { [TYPES.card]: 1.25, [TYPES.lesson]: 1, [TYPES.script]: 0.6 };
/** How much a page gains when one line of its own answer says all the question (less for part of it). */
const SAYS_IN_ONE_LINE = 0.5;
/** The candidates in the order to show them. `forManagers`: the question or the filters are about leading a team. */
export function rank<T extends Candidate>(candidates: readonly T[], forManagers: boolean): T[] {
  const weight = (c: T) => {
    const managersOnly = c.audience.length > 0 && c.audience.every((a) => a === 'Managers');
    // A card leads only when it answers: when its own title, line or questions hold the question's words.
    const boost = c.type === TYPES.card && c.surface < SAYS_IT ? 1 : (BOOST[c.type ?? ''] ?? 1);
    return c.score * boost * (1 + SAYS_IN_ONE_LINE * c.lineShare) * (managersOnly && !forManagers ? 0.6 : 1);
  };
  return candidates
    .map((c, i) => ({ c, i, w: weight(c) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map((x) => x.c);
}

/**
 * A match strong enough that a page whose text has most of the question answers it even when no single line says it:
 * Pagefind's scores summed over the question's words. It was 16 while pages listed six questions; with ten, weak
 * matches score higher, and 23 again tells most questions the course does not cover while calling at most one in ten
 * covered ones unanswered (test/search/).
 */
const STRONG = 23;

/**
 * Whether search has a direct answer: one of the best pages says two of the question's words (its only word, for a
 * one-word question) in one line of its own answer (its title, summary, line to say, or one of its listed
 * questions), or the best page's text has most of the question and matches it strongly. Words scattered over
 * different lines are not enough ("swap" in one question and "shift" in another), nor is one shared word ("swap"
 * in "can I swap shifts" against a card about swapping a wrong item). Thresholds chosen on the question sets in
 * test/search/ (the three sets of covered questions, and not-covered.yaml).
 */
export function isDirectAnswer(
  top: readonly (Pick<Candidate, 'coverage' | 'score'> & {
    /** The most of the question's words that one line of the page's own answer has. */ lineWords: number;
  })[],
  questionWords: number,
): boolean {
  const best = top[0];
  if (!best) return false;
  const enough = Math.min(2, questionWords);
  return top.slice(0, 3).some((c) => c.lineWords >= enough) || (best.coverage >= 0.5 && best.score >= STRONG);
}
