import { isEnding, type Scenario, type ScenarioNode } from './types.ts';

/** Every node in reading order: breadth-first from the start, so the script reads like the conversation. */
export function scriptOrder(scenario: Scenario): { id: string; node: ScenarioNode }[] {
  const seen = new Set<string>();
  const queue = [scenario.start];
  const ordered: { id: string; node: ScenarioNode }[] = [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = scenario.nodes[id];
    if (seen.has(id) || !node) continue;
    seen.add(id);
    ordered.push({ id, node });
    if (!isEnding(node)) queue.push(...node.choices.map((c) => c.next));
  }
  // Endings last, so the script ends with how it can turn out.
  return [...ordered.filter((n) => !isEnding(n.node)), ...ordered.filter((n) => isEnding(n.node))];
}

/** The situation a role-play acts out, as search reads it with the lesson and cards that use it: where, and what happened. */
export const searchedSituation = ({ persona }: Pick<Scenario, 'persona'>) => `${persona.setting}. ${persona.situation}`;
