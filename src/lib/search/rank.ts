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
  coverage: number;
  score: number;
}

const LEADING =
  /^(manag|lead|leader|team|staff|employee|coach|hire|hiring|onboard|train|supervis|boss|shift|appreciat|feedback|retain|turnover)/;
/** Whether a question is about leading people rather than serving customers. */
export const aboutLeading = (words: readonly string[]) => words.some((w) => LEADING.test(w));

const BOOST: Record<string, number> = { [TYPES.card]: 1.6, [TYPES.lesson]: 1, [TYPES.script]: 0.6 };
/** Coverage counts in steps, so a page answering more of the question always leads and score orders within a step. */
const step = (coverage: number) => Math.round(coverage * 10);

/** The candidates in the order to show them. `forManagers`: the question or the filters are about leading a team. */
export function rank<T extends Candidate>(candidates: readonly T[], forManagers: boolean): T[] {
  const weight = (c: T) => {
    const managersOnly = c.audience.length > 0 && c.audience.every((a) => a === 'Managers');
    return c.score * (BOOST[c.type ?? ''] ?? 1) * (managersOnly && !forManagers ? 0.6 : 1);
  };
  return candidates
    .map((c, i) => ({ c, i, w: weight(c) }))
    .sort((a, b) => step(b.c.coverage) - step(a.c.coverage) || b.w - a.w || a.i - b.i)
    .map((x) => x.c);
}

/** Below this share of the question's meaning, the best page is no direct answer. */
export const DIRECT_ANSWER = 0.6;
export const isDirectAnswer = (best: Pick<Candidate, 'coverage'> | undefined) => best !== undefined && best.coverage >= DIRECT_ANSWER;
