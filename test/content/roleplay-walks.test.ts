import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestChoice, choose, currentNode, isFinished, outcome, start } from '../../src/lib/roleplay/engine.ts';
import { bandOf } from '../../src/lib/roleplay/mood.ts';
import { loadCourseContent } from '../support/content.ts';

const SEED = 'test-seed';

describe('every scenario in the course', () => {
  const { scenarios } = loadCourseContent();

  it.each(scenarios.map((s) => [s.data.id, s.data] as const))('%s: any walk of random choices reaches an ending, scored within 0..best, meter and ending agreeing', (_id, s) => {
    const limit = Object.keys(s.nodes).length * 4;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: limit, maxLength: limit }), (picks) => {
        let state = start(s, SEED);
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
        expect(result.ending).toBe(bandOf(result.mood));
      }),
      { numRuns: 200 },
    );
  });

  it.each(scenarios.map((s) => [s.data.id, s.data] as const))('%s: always taking the best reply scores full marks and ends glad', (_id, s) => {
    let state = start(s, SEED);
    while (!isFinished(s, state)) state = choose(s, state, bestChoice(s, state.node));
    expect(outcome(s, state)).toMatchObject({ ending: 'glad', share: 1 });
  });
});
