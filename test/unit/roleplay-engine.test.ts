import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestChoice,
  bestPossible,
  choose,
  currentNode,
  customerLine,
  endingFor,
  isFinished,
  outcome,
  pathIds,
  replyOrder,
  rewindTo,
  start,
  stepBack,
  trapsOf,
} from '../../src/lib/roleplay/engine.ts';
import { bandOf, moodLabel } from '../../src/lib/roleplay/mood.ts';
import { fixtureScenario } from '../support/fixtures.ts';

const scenario = fixtureScenario();
const SEED = 'test-seed';
const play = (...choices: number[]) => choices.reduce((state, c) => choose(scenario, state, c), start(scenario, SEED));

describe('role-play engine', () => {
  it('starts at the start node with the persona mood, no score, and the attempt seed', () => {
    expect(start(scenario, SEED)).toEqual({ node: 'door', mood: 50, score: 0, path: [], practice: false, seed: SEED });
  });

  it('moves to the chosen node, adds points and moves the mood', () => {
    const state = play(0);
    expect(state).toMatchObject({ node: 'browse', mood: 65, score: 2, practice: false, seed: SEED });
    expect(state.path).toEqual([{ node: 'door', choice: 0, moodBefore: 50, moodAfter: 65 }]);
  });

  it('keeps the mood between 0 and 100', () => {
    const s = fixtureScenario();
    s.persona.mood = 10;
    const low = choose(s, choose(s, start(s, SEED), 2), 1); // -20 then -15 from 10
    expect(low.mood).toBe(0);
  });

  it('refuses a choice that does not exist, or a choice at an ending', () => {
    expect(() => choose(scenario, start(scenario, SEED), 5)).toThrow('Node "door" has no choice 5');
    expect(() => choose(scenario, play(0, 0, 0), 0)).toThrow('"happy" is not a decision');
  });

  it('the best route scores 6 of 6 and ends glad, with nothing to improve and no habits', () => {
    const state = play(0, 0, 0);
    expect(isFinished(scenario, state)).toBe(true);
    const result = outcome(scenario, state);
    expect(result).toMatchObject({ ending: 'glad', score: 6, best: 6, share: 1, mood: 90, traps: [] });
    expect(result.variant.customer).toBe('Perfect, thank you!');
    expect(result.review.every((r) => r.better === undefined)).toBe(true);
  });

  it('the ending follows the mood: the same ending node reads glad, unsure or mad', () => {
    expect(outcome(scenario, play(0, 0, 0))).toMatchObject({ ending: 'glad', mood: 90 });
    expect(outcome(scenario, play(1, 1, 0))).toMatchObject({ ending: 'glad', mood: 60 });
    expect(outcome(scenario, play(0, 1, 1))).toMatchObject({
      ending: 'unsure',
      mood: 50,
      variant: { customer: "Okay, I'll think about it." },
    });
    expect(outcome(scenario, play(1, 1, 1))).toMatchObject({ ending: 'mad', mood: 35 });
    expect(customerLine(scenario, play(1, 1, 1))).toBe("Never mind, I'll go elsewhere.");
  });

  it('property: on every path the meter and the ending agree', () => {
    const agree = { glad: ['pleased', 'delighted'], unsure: ['unsure'], mad: ['annoyed', 'angry'] };
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), (picks) => {
        let state = start(scenario, SEED);
        for (const pick of picks) {
          const node = currentNode(scenario, state);
          if (node.kind !== 'decision') break;
          state = choose(scenario, state, pick % node.choices.length);
        }
        const result = outcome(scenario, state);
        expect(agree[result.ending]).toContain(moodLabel(result.mood));
      }),
    );
  });

  it('an ending without words for the mood falls back to the nearest band written', () => {
    expect(endingFor({ kind: 'ending', ending: { unsure: { customer: 'Hm.', outcome: 'She shrugs and goes.' } } }, 95).band).toBe('unsure');
    expect(endingFor({ kind: 'ending', ending: { mad: { customer: 'No.', outcome: 'She storms out.' } } }, 50).band).toBe('mad');
  });

  it('the worst route ends mad; the review shows the better reply at each missed decision and the habits', () => {
    const result = outcome(scenario, play(2, 1));
    expect(result).toMatchObject({ ending: 'mad', score: 0, best: 4, share: 0, traps: ['rushes', 'blames-someone'] });
    expect(result.review.map((r) => [r.node, r.better?.reply])).toEqual([
      ['door', 'Morning! Yes, come on in.'],
      ['cold', "Sorry to keep you. Who's it for?"],
    ]);
  });

  it('an unfinished conversation has no outcome yet', () => {
    expect(() => outcome(scenario, play(0))).toThrow('has not ended');
  });

  it('step back undoes the last choice and marks the run as practice, keeping the seed', () => {
    const back = stepBack(scenario, play(0, 1));
    expect(back).toEqual({ ...play(0), practice: true });
    expect(stepBack(scenario, start(scenario, SEED))).toEqual(start(scenario, SEED));
  });

  it('replaying from a decision restores that moment, as practice, in the same reply order', () => {
    const ended = play(2, 0, 0);
    const again = rewindTo(scenario, ended, 1);
    expect(again).toEqual({ ...play(2), practice: true });
    expect(currentNode(scenario, again)).toMatchObject({ customer: 'Is anyone going to help me?' });
    expect(replyOrder(scenario, again, 'cold')).toEqual(replyOrder(scenario, ended, 'cold'));
  });

  it('judges the score against the best reply at each turn the learner faced', () => {
    const recovered = play(2, 0, 1); // 0 + 2 + 1: the door was missed, the recovery was best, the question fair
    expect(bestPossible(scenario, recovered)).toBe(6);
    expect(outcome(scenario, recovered)).toMatchObject({ score: 3, best: 6, share: 0.5 });
    expect(trapsOf(scenario, recovered)).toEqual(['rushes', 'jumps-to-conclusions']);
    expect(bestChoice(scenario, 'cold')).toBe(0);
  });

  it('saves the path as node:choice ids (file indices, whatever order they were shown in)', () => {
    expect(pathIds(play(2, 0, 1))).toEqual(['door:2', 'cold:0', 'aunt-talk:1']);
  });

  it('names the mood in words, in the same bands as the endings', () => {
    expect([0, 25, 39, 40, 59, 60, 90].map(moodLabel)).toEqual(['angry', 'annoyed', 'annoyed', 'unsure', 'unsure', 'pleased', 'delighted']);
    expect([0, 39, 40, 59, 60, 100].map(bandOf)).toEqual(['mad', 'mad', 'unsure', 'unsure', 'glad', 'glad']);
  });
});

describe('reply order', () => {
  it('is the same for the same seed and node, and a permutation of the replies', () => {
    const state = start(scenario, 'abc');
    expect(replyOrder(scenario, state, 'door')).toEqual(replyOrder(scenario, start(scenario, 'abc'), 'door'));
    expect([...replyOrder(scenario, state, 'door')].sort()).toEqual([0, 1, 2]);
  });

  it('property: over many seeds the best reply lands in each position about equally often', () => {
    const runs = 3000;
    const counts = [0, 0, 0];
    for (let i = 0; i < runs; i++) {
      const order = replyOrder(scenario, start(scenario, `seed-${i}`), 'door');
      counts[order.indexOf(0)]! += 1;
    }
    // Each position expects 1000; 5 standard deviations (about 130) is far outside chance.
    for (const c of counts) expect(Math.abs(c - runs / 3)).toBeLessThan(130);
  });

  it('property: two different seeds usually give a different order somewhere in the scenario', () => {
    let differ = 0;
    for (let i = 0; i < 200; i++) {
      const a = start(scenario, `a${i}`);
      const b = start(scenario, `b${i}`);
      if (['door', 'browse', 'close'].some((n) => replyOrder(scenario, a, n).join() !== replyOrder(scenario, b, n).join())) differ += 1;
    }
    expect(differ).toBeGreaterThan(180);
  });
});
