import { isEnding, type Choice, type DecisionNode, type EndingBand, type EndingNode, type EndingVariant, type Scenario } from './types.ts';
import { topChoices } from './graph.ts';
import { bandOf, clampMood } from './mood.ts';
import { seededOrder } from '../practice/shuffle.ts';
import type { Trap } from './traps.ts';

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
  /** Decides the order replies are shown in; kept with the attempt, so review and replay show the same order. */
  seed: string;
}

export function start(scenario: Scenario, seed: string): PlayState {
  return { node: scenario.start, mood: clampMood(scenario.persona.mood), score: 0, path: [], practice: false, seed };
}

/** The order the replies of a decision are shown in this attempt: indices into its choices. */
export const replyOrder = (scenario: Scenario, state: Pick<PlayState, 'seed'>, nodeId: string): number[] =>
  seededOrder(decisionAt(scenario, nodeId).choices.length, `${state.seed}:${nodeId}`);

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
    seed: state.seed,
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
  return { node: step.node, mood: step.moodBefore, score, path, practice: true, seed: state.seed };
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

/** The ending's words for a mood: the band the mood is in, or the nearest band written (the build checks there is one). */
export function endingFor(node: EndingNode, mood: number): { band: EndingBand; variant: EndingVariant } {
  const band = bandOf(mood);
  const nearest: Record<EndingBand, EndingBand[]> = {
    glad: ['glad', 'unsure', 'mad'],
    unsure: ['unsure', 'glad', 'mad'],
    mad: ['mad', 'unsure', 'glad'],
  };
  const found = nearest[band].find((b) => node.ending[b]) ?? band;
  return { band: found, variant: node.ending[found] ?? { customer: '', outcome: '' } };
}

/** What the customer says now: their line at a decision, or their last words at an ending. */
export function customerLine(scenario: Scenario, state: PlayState): string {
  const node = currentNode(scenario, state);
  return isEnding(node) ? endingFor(node, state.mood).variant.customer : node.customer;
}

/** The habits behind the weaker replies of a run, in the order they happened. */
export function trapsOf(scenario: Scenario, state: PlayState): Trap[] {
  return state.path.flatMap((s) => {
    const trap = decisionAt(scenario, s.node).choices[s.choice]?.trap;
    return trap ? [trap] : [];
  });
}

export interface Outcome {
  ending: EndingBand;
  /** The customer's last words and what happens next. */
  variant: EndingVariant;
  score: number;
  best: number;
  /** Score as a share of the best possible on the turns taken, 0 to 1. */
  share: number;
  mood: number;
  review: ReviewItem[];
  /** The habits behind this run's weaker replies, in order. */
  traps: Trap[];
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
  const { band, variant } = endingFor(node, state.mood);
  return {
    ending: band,
    variant,
    score: state.score,
    best,
    share: best > 0 ? Math.min(1, state.score / best) : 1,
    mood: state.mood,
    review,
    traps: trapsOf(scenario, state),
  };
}

/** Ids of the choices made, for the saved attempt (`node:index`). */
export const pathIds = (state: PlayState) => state.path.map((s) => `${s.node}:${s.choice}`);
