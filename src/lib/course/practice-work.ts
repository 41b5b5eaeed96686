import type { CheckData } from '../../schemas/check.ts';
import { bestChoice } from '../roleplay/engine.ts';
import { isEnding, type Scenario } from '../roleplay/types.ts';
import { activitiesIn } from './activities.ts';

/** Decisions a model learner meets: the best path's length (the build has checked it cannot loop). */
export function bestPathDecisions(scenario: Scenario): number {
  let id = scenario.start;
  let count = 0;
  const limit = Object.keys(scenario.nodes).length;
  for (let node = scenario.nodes[id]; node && !isEnding(node) && count <= limit; node = scenario.nodes[id]) {
    count += 1;
    id = node.choices[bestChoice(scenario, id)]!.next;
  }
  return count;
}

/** For a lesson body: the decisions and questions of the activities it shows. */
export function practiceWork(scenarios: readonly Scenario[], checks: readonly CheckData[]) {
  const decisions = new Map(scenarios.map((s) => [s.id, bestPathDecisions(s)]));
  const questions = new Map(checks.map((c) => [c.id, c.questions.length]));
  return (body: string) =>
    activitiesIn(body).reduce(
      (work, ref) => ({
        decisions: work.decisions + (ref.kind === 'roleplay' ? (decisions.get(ref.id) ?? 0) : 0),
        questions: work.questions + (ref.kind === 'check' ? (questions.get(ref.id) ?? 0) : 0),
      }),
      { decisions: 0, questions: 0 },
    );
}
