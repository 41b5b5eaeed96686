/** A check is passed with at least this share of its points; the learner is told before starting. */
export const PASS_MARK = 0.75;

export const isPass = (score: number, max: number) => max > 0 && score / max >= PASS_MARK - 1e-9;
