import type { ContentProblem } from '../course/types.ts';
import { isEnding, type Scenario } from './types.ts';
import { decisionLengths } from '../practice/bias.ts';

/** In one scenario, the best reply may be the longest of its decision at most this share of the time. */
export const MAX_LONGEST_BEST_SHARE = 1 / 3;
/** Mean length of best replies against the mean of the others, at most. */
export const MAX_BEST_LENGTH_RATIO = 1.15;
/** Poor replies (0 points) that end the conversation at once, at most, per scenario. */
export const MAX_POOR_ENDINGS = 1;

const STAGE_DIRECTION = /[()[\]*]/;

/**
 * The rules that keep a role-play honest: nothing gives the best reply away (length, stage directions),
 * every weaker reply names its habit, and a poor reply usually leads to a chance to recover.
 */
export function validateReplies(file: string, scenario: Scenario): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, rule: string, message: string) => problems.push({ file, field, message: `[${rule}] ${message}` });
  const poorEndings: string[] = [];

  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (isEnding(node)) continue;
    const top = Math.max(...node.choices.map((c) => c.points));
    node.choices.forEach((c, i) => {
      const field = `nodes.${id}.choices.${i}`;
      if (c.points < top && !c.trap)
        add(`${field}.trap`, 'trap-named', 'a weaker reply names the habit it stands for: add trap (see src/lib/roleplay/traps.ts)');
      if (c.points === top && c.trap) add(`${field}.trap`, 'trap-named', 'is on a best reply; a trap belongs only on weaker replies');
      if (STAGE_DIRECTION.test(c.reply))
        add(`${field}.reply`, 'no-stage-directions', 'holds brackets or asterisks; a reply is only the words said');
      const next = scenario.nodes[c.next];
      if (c.points === 0 && next && isEnding(next)) poorEndings.push(`${id}.choices.${i}`);
    });
  }
  if (top0(scenario) === 0) add('nodes', 'has-best-reply', 'no reply is worth 2 points');
  if (poorEndings.length > MAX_POOR_ENDINGS) {
    add(
      'nodes',
      'poor-reply-recovers',
      `${poorEndings.length} poor replies end the conversation at once (${poorEndings.join(', ')}); at most ${MAX_POOR_ENDINGS} may, the others lead to a turn where the learner can recover`,
    );
  }

  const lengths = decisionLengths(scenario);
  const longest = lengths.filter((d) => d.bestIsLongest).length;
  const allowed = Math.max(1, Math.floor(lengths.length * MAX_LONGEST_BEST_SHARE));
  if (longest > allowed)
    add(
      'nodes',
      'best-not-longest',
      `the best reply is the longest at ${longest} of ${lengths.length} decisions; at most ${allowed} may be`,
    );
  const best = lengths.flatMap((d) => d.best);
  const others = lengths.flatMap((d) => d.others);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  if (others.length > 0 && mean(best) > MAX_BEST_LENGTH_RATIO * mean(others)) {
    add(
      'nodes',
      'best-not-longest',
      `best replies average ${Math.round(mean(best))} characters against ${Math.round(mean(others))} for the others; keep them at most ${MAX_BEST_LENGTH_RATIO} times as long`,
    );
  }
  return problems;
}

const top0 = (scenario: Scenario) =>
  Math.max(0, ...Object.values(scenario.nodes).flatMap((n) => (isEnding(n) ? [] : n.choices.map((c) => c.points))));
