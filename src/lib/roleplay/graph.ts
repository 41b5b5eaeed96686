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
  const finishing = new Set(
    Object.entries(scenario.nodes)
      .filter(([, n]) => isEnding(n))
      .map(([id]) => id),
  );
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

/** Nodes a model learner passes through (every top reply followed, ties included). */
export function mainPath(scenario: Scenario): Set<string> {
  const seen = new Set<string>();
  const queue = [scenario.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = scenario.nodes[id];
    if (seen.has(id) || !node) continue;
    seen.add(id);
    if (!isEnding(node)) queue.push(...topChoices(scenario, id).map((i) => node.choices[i]!.next));
  }
  return seen;
}

/** One way to arrive somewhere: the choices made (`node:index`) and the mood on arrival. */
export interface Arrival {
  mood: number;
  path: string[];
}

/**
 * Every mood the customer can have on arriving at each node, over every path from the start, with one
 * path that gets there. Exact and cheap: a node can only be reached at 101 different moods.
 */
export function moodsAt(scenario: Scenario): Map<string, Map<number, Arrival>> {
  const found = new Map<string, Map<number, Arrival>>();
  const clamp = (m: number) => Math.max(0, Math.min(100, m));
  const queue: [string, Arrival][] = [[scenario.start, { mood: clamp(scenario.persona.mood), path: [] }]];
  while (queue.length > 0) {
    const [id, arrival] = queue.shift()!;
    const node = scenario.nodes[id];
    if (!node) continue;
    const here = found.get(id) ?? new Map<number, Arrival>();
    if (here.has(arrival.mood)) continue;
    here.set(arrival.mood, arrival);
    found.set(id, here);
    if (isEnding(node)) continue;
    node.choices.forEach((c, i) => queue.push([c.next, { mood: clamp(arrival.mood + c.mood), path: [...arrival.path, `${id}:${i}`] }]));
  }
  return found;
}

/**
 * Decisions off the main path that start a story of their own: from them, without coming back to the
 * main path, the learner meets at least `minDecisions` decisions (this one included) and reaches an ending.
 */
export function storyBranches(scenario: Scenario, minDecisions = 2): string[] {
  const main = mainPath(scenario);
  const offMain = Object.keys(scenario.nodes).filter((id) => !main.has(id) && !isEnding(scenario.nodes[id]!));
  return offMain.filter((from) => {
    const seen = new Set<string>();
    const queue = [from];
    let decisions = 0;
    let ends = false;
    while (queue.length > 0) {
      const id = queue.shift()!;
      const node = scenario.nodes[id];
      if (!node || seen.has(id) || main.has(id)) continue;
      seen.add(id);
      if (isEnding(node)) ends = true;
      else {
        decisions += 1;
        queue.push(...targets(node));
      }
    }
    return decisions >= minDecisions && ends;
  });
}

/** The endings a model learner reaches and the mood on arrival (every tie followed; call only when not looping). */
export function modelArrivals(scenario: Scenario): { id: string; mood: number }[] {
  const found: { id: string; mood: number }[] = [];
  const walk = (id: string, mood: number, depth: number) => {
    const node = scenario.nodes[id];
    if (!node || depth > Object.keys(scenario.nodes).length) return;
    if (isEnding(node)) {
      found.push({ id, mood });
      return;
    }
    for (const i of topChoices(scenario, id)) {
      const c = node.choices[i]!;
      walk(c.next, Math.max(0, Math.min(100, mood + c.mood)), depth + 1);
    }
  };
  walk(scenario.start, Math.max(0, Math.min(100, scenario.persona.mood)), 0);
  return found;
}
