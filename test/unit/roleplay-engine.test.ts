import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestChoice, bestPossible, choose, currentNode, isFinished, outcome, pathIds, rewindTo, start, stepBack } from '../../src/lib/roleplay/engine.ts';
import { moodLabel } from '../../src/lib/roleplay/mood.ts';
import { fixtureScenario } from '../support/fixtures.ts';
import { loadCourseContent } from '../support/content.ts';

const scenario = fixtureScenario();
const play = (...choices: number[]) => choices.reduce((state, c) => choose(scenario, state, c), start(scenario));

describe('role-play engine', () => {
  it('starts at the start node with the persona mood and no score', () => {
    expect(start(scenario)).toEqual({ node: 'door', mood: 50, score: 0, path: [], practice: false });
  });

  it('moves to the chosen node, adds points and moves the mood', () => {
    const state = play(0);
    expect(state).toMatchObject({ node: 'browse', mood: 60, score: 2, practice: false });
    expect(state.path).toEqual([{ node: 'door', choice: 0, moodBefore: 50, moodAfter: 60 }]);
  });

  it('keeps the mood between 0 and 100', () => {
    const low = play(1, 1); // -20 then -30 from 50
    expect(low.mood).toBe(0);
  });

  it('refuses a choice that does not exist, or a choice at an ending', () => {
    expect(() => choose(scenario, start(scenario), 5)).toThrow('Node "door" has no choice 5');
    expect(() => choose(scenario, play(0, 0, 0), 0)).toThrow('"happy" is not a decision');
  });

  it('the best route scores 6 of 6 and ends glad, with nothing to improve', () => {
    const state = play(0, 0, 0);
    expect(isFinished(scenario, state)).toBe(true);
    const result = outcome(scenario, state);
    expect(result).toMatchObject({ ending: 'glad', score: 6, best: 6, share: 1 });
    expect(result.review.every((r) => r.better === undefined)).toBe(true);
  });

  it('the worst route ends mad, and the review shows the better reply at each missed decision', () => {
    const result = outcome(scenario, play(1, 1));
    expect(result).toMatchObject({ ending: 'mad', score: 0, best: 3, share: 0 });
    expect(result.review.map((r) => [r.node, r.better?.reply])).toEqual([
      ['door', 'Good morning! Yes, come on in.'],
      ['cold', "Sorry! I'd be glad to help. What are you after?"],
    ]);
  });

  it('an unfinished conversation has no outcome yet', () => {
    expect(() => outcome(scenario, play(0))).toThrow('has not ended');
  });

  it('step back undoes the last choice and marks the run as practice', () => {
    const back = stepBack(scenario, play(0, 1));
    expect(back).toEqual({ ...play(0), practice: true });
    expect(stepBack(scenario, start(scenario))).toEqual(start(scenario));
  });

  it('replaying from a decision restores that moment, as practice', () => {
    const ended = play(1, 0, 0);
    const again = rewindTo(scenario, ended, 1);
    expect(again).toEqual({ ...play(1), practice: true });
    expect(currentNode(scenario, again)).toMatchObject({ customer: 'Is anyone going to help me?' });
  });

  it('judges the score against the best reply at each turn the learner faced', () => {
    const recovered = play(1, 0, 0); // 0 + 1 + 2: the door was missed, the recovery was fair, the close was best
    expect(bestPossible(scenario, recovered)).toBe(5);
    expect(outcome(scenario, recovered)).toMatchObject({ ending: 'glad', score: 3, best: 5, share: 0.6 });
    expect(bestChoice(scenario, 'cold')).toBe(0);
  });

  it('saves the path as node:choice ids', () => {
    expect(pathIds(play(1, 0, 1))).toEqual(['door:1', 'cold:0', 'close:1']);
  });

  it('names the mood in words', () => {
    expect([0, 25, 50, 65, 90].map(moodLabel)).toEqual(['angry', 'annoyed', 'unsure', 'pleased', 'delighted']);
  });
});

describe('every scenario in the course', () => {
  const { scenarios } = loadCourseContent();

  it.each(scenarios.map((s) => [s.data.id, s.data] as const))('%s: any walk of random choices reaches an ending, scored within 0..best', (_id, s) => {
    const limit = Object.keys(s.nodes).length * 4;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: limit, maxLength: limit }), (picks) => {
        let state = start(s);
        for (const pick of picks) {
          if (isFinished(s, state)) break;
          const node = currentNode(s, state);
          if (node.kind !== 'decision') break;
          state = choose(s, state, pick % node.choices.length);
        }
        expect(isFinished(s, state)).toBe(true);
        const result = outcome(s, state);
        expect(result.share).toBeGreaterThanOrEqual(0);
        expect(result.share).toBeLessThanOrEqual(1);
        expect(result.mood).toBeGreaterThanOrEqual(0);
        expect(result.mood).toBeLessThanOrEqual(100);
      }),
      { numRuns: 200 },
    );
  });

  it.each(scenarios.map((s) => [s.data.id, s.data] as const))('%s: always taking the best reply scores full marks and ends glad', (_id, s) => {
    let state = start(s);
    while (!isFinished(s, state)) state = choose(s, state, bestChoice(s, state.node));
    expect(outcome(s, state)).toMatchObject({ ending: 'glad', share: 1 });
  });
});
