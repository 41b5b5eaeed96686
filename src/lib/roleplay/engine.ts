import { isEnding, type Choice, type DecisionNode, type EndingBand, type EndingNode, type Scenario } from './types.ts';
import { topChoices } from './graph.ts';

/** One choice the learner made. */
export interface Step {
  node: string;
  choice: number;
  moodBefore: number;
  moodAfter: number;
}

/** Where a play-through stands. Plain data: easy to save, compare and test. */
export interface PlayState {
  node: string;
  mood: number;
  score: number;
  path: readonly Step[];
  /** True once the learner stepped back or replayed from a decision: the attempt is practice. */
  practice: boolean;
}

const clampMood = (mood: number) => Math.max(0, Math.min(100, mood));

export function start(scenario: Scenario): PlayState {
  return { node: scenario.start, mood: scenario.persona.mood, score: 0, path: [], practice: false };
}

export function currentNode(scenario: Scenario, state: PlayState) {
  const node = scenario.nodes[state.node];
  if (!node) throw new Error(`Scenario "${scenario.id}" has no node "${state.node}"`);
  return node;
}

export function decisionAt(scenario: Scenario, id: string): DecisionNode {
  const node = scenario.nodes[id];
  if (!node || isEnding(node)) throw new Error(`Scenario "${scenario.id}": "${id}" is not a decision`);
  return node;
}

export const isFinished = (scenario: Scenario, state: PlayState) => isEnding(currentNode(scenario, state));

/** The learner picks reply `index` at the current node. */
export function choose(scenario: Scenario, state: PlayState, index: number): PlayState {
  const node = decisionAt(scenario, state.node);
  const choice = node.choices[index];
  if (!choice) throw new Error(`Node "${state.node}" has no choice ${index}`);
  const mood = clampMood(state.mood + choice.mood);
  return {
    node: choice.next,
    mood,
    score: state.score + choice.points,
    path: [...state.path, { node: state.node, choice: index, moodBefore: state.mood, moodAfter: mood }],
    practice: state.practice,
  };
}

/** Undo the last choice. Allowed, but the attempt then counts as practice. */
export function stepBack(scenario: Scenario, state: PlayState): PlayState {
  return rewindTo(scenario, state, state.path.length - 1);
}

/** Go back to just before step `index` (from the review or the map), as practice. */
export function rewindTo(scenario: Scenario, state: PlayState, index: number): PlayState {
  const path = state.path.slice(0, Math.max(0, Math.min(index, state.path.length)));
  const step = state.path[path.length];
  if (!step) return state;
  const score = path.reduce((sum, s) => sum + decisionAt(scenario, s.node).choices[s.choice]!.points, 0);
  return { node: step.node, mood: step.moodBefore, score, path, practice: true };
}

/** The reply a model learner gives at a node: the first of the top-scoring ones. */
export const bestChoice = (scenario: Scenario, nodeId: string): number => topChoices(scenario, nodeId)[0] ?? 0;

/** The most points the decisions on this path could have earned: the score is judged against the turns the learner faced. */
export function bestPossible(scenario: Scenario, state: PlayState): number {
  return state.path.reduce((sum, step) => sum + Math.max(...decisionAt(scenario, step.node).choices.map((c) => c.points)), 0);
}

export interface ReviewItem {
  step: number;
  node: string;
  customer: string;
  chosen: Choice;
  /** The better reply, when the learner's earned fewer points. */
  better?: Choice;
}

export interface Outcome {
  ending: EndingBand;
  endingNode: EndingNode;
  score: number;
  best: number;
  /** Score as a share of the best possible on the turns taken, 0 to 1. */
  share: number;
  mood: number;
  review: ReviewItem[];
}

export function outcome(scenario: Scenario, state: PlayState): Outcome {
  const node = currentNode(scenario, state);
  if (!isEnding(node)) throw new Error('The conversation has not ended yet');
  const best = bestPossible(scenario, state);
  const review = state.path.map((step, i): ReviewItem => {
    const decision = decisionAt(scenario, step.node);
    const chosen = decision.choices[step.choice]!;
    const top = decision.choices[bestChoice(scenario, step.node)]!;
    return { step: i, node: step.node, customer: decision.customer, chosen, ...(top.points > chosen.points ? { better: top } : {}) };
  });
  return {
    ending: node.ending,
    endingNode: node,
    score: state.score,
    best,
    share: best > 0 ? Math.min(1, state.score / best) : 1,
    mood: state.mood,
    review,
  };
}

/** Ids of the choices made, for the saved attempt (`node:index`). */
export const pathIds = (state: PlayState) => state.path.map((s) => `${s.node}:${s.choice}`);
