import type { CheckData } from '../../schemas/check.ts';
import { isEnding, type Scenario } from '../roleplay/types.ts';

/** Reply lengths at one decision: the best ones, the others, and whether a best one is strictly the longest. */
export interface DecisionLengths {
  node: string;
  best: number[];
  others: number[];
  bestIsLongest: boolean;
}

export function decisionLengths(scenario: Scenario): DecisionLengths[] {
  return Object.entries(scenario.nodes).flatMap(([node, n]) => {
    if (isEnding(n)) return [];
    const top = Math.max(...n.choices.map((c) => c.points));
    const best = n.choices.filter((c) => c.points === top).map((c) => c.reply.length);
    const others = n.choices.filter((c) => c.points < top).map((c) => c.reply.length);
    return [{ node, best, others, bestIsLongest: others.length > 0 && Math.max(...best) > Math.max(...others) }];
  });
}

/** Whether a choice question's longest option is a right one (ties do not count: they give nothing away). */
export function rightIsLongest(question: CheckData['questions'][number]): boolean | undefined {
  if (question.type === 'order') return undefined;
  const right = question.options.filter((o) => o.correct).map((o) => o.text.length);
  const wrong = question.options.filter((o) => !o.correct).map((o) => o.text.length);
  return wrong.length > 0 && Math.max(...right) > Math.max(...wrong);
}

/** Course-wide figures the content tests hold to the practice rules in design.md. */
export function biasFigures(scenarios: readonly Scenario[], checks: readonly CheckData[]) {
  const decisions = scenarios.flatMap(decisionLengths);
  const best = decisions.flatMap((d) => d.best);
  const others = decisions.flatMap((d) => d.others);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const choiceQuestions = checks.flatMap((c) => c.questions).filter((q) => q.type !== 'order');
  let poor = 0;
  let poorEnding = 0;
  for (const s of scenarios) {
    for (const n of Object.values(s.nodes)) {
      if (isEnding(n)) continue;
      for (const c of n.choices) {
        if (c.points !== 0) continue;
        poor += 1;
        const next = s.nodes[c.next];
        if (next && isEnding(next)) poorEnding += 1;
      }
    }
  }
  return {
    decisions: decisions.length,
    bestLongestShare: decisions.filter((d) => d.bestIsLongest).length / Math.max(1, decisions.length),
    bestLengthRatio: mean(best) / Math.max(1, mean(others)),
    questions: choiceQuestions.length,
    rightLongestShare: choiceQuestions.filter((q) => rightIsLongest(q)).length / Math.max(1, choiceQuestions.length),
    poorReplies: poor,
    poorEndingShare: poorEnding / Math.max(1, poor),
  };
}
