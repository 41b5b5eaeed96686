import { isEnding, type Scenario, type ScenarioNode } from './types.ts';

export type { Scenario } from './types.ts';

/** Ids of the nodes each node's choices lead to (an ending leads nowhere). */
export function targets(node: ScenarioNode): string[] {
  return isEnding(node) ? [] : node.choices.map((c) => c.next);
}

/** Every node reachable from `from` (including it), following existing targets only. */
export function reachableFrom(scenario: Scenario, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = scenario.nodes[id];
    if (seen.has(id) || !node) continue;
    seen.add(id);
    queue.push(...targets(node));
  }
  return seen;
}

/** Nodes from which some ending can be reached (endings included). */
export function canFinish(scenario: Scenario): Set<string> {
  const finishing = new Set(Object.entries(scenario.nodes).filter(([, n]) => isEnding(n)).map(([id]) => id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, node] of Object.entries(scenario.nodes)) {
      if (!finishing.has(id) && targets(node).some((t) => finishing.has(t))) {
        finishing.add(id);
        grew = true;
      }
    }
  }
  return finishing;
}

/** The replies worth the most points at a decision (several when tied). */
export function topChoices(scenario: Scenario, id: string): number[] {
  const node = scenario.nodes[id];
  if (!node || isEnding(node)) return [];
  const top = Math.max(...node.choices.map((c) => c.points));
  return node.choices.flatMap((c, i) => (c.points === top ? [i] : []));
}

/**
 * Endings a model learner reaches by always giving a top reply (every tie followed).
 * `looping` is true if such a learner could go round in circles.
 */
export function modelEndings(scenario: Scenario): { endings: Set<string>; looping: boolean } {
  const endings = new Set<string>();
  let looping = false;
  const walk = (id: string, inPath: Set<string>) => {
    const node = scenario.nodes[id];
    if (!node) return;
    if (isEnding(node)) {
      endings.add(id);
      return;
    }
    if (inPath.has(id)) {
      looping = true;
      return;
    }
    inPath.add(id);
    for (const i of topChoices(scenario, id)) walk(node.choices[i]!.next, inPath);
    inPath.delete(id);
  };
  walk(scenario.start, new Set());
  return { endings, looping };
}
