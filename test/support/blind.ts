import { gradeCheck, type Answer } from '../../src/lib/checks/grade.ts';
import type { PlayableCheck } from '../../src/lib/checks/playable.ts';
import { choose, currentNode, isFinished, outcome, replyOrder, start } from '../../src/lib/roleplay/engine.ts';
import type { Scenario } from '../../src/lib/roleplay/types.ts';
import { scrambledOrder, seededOrder } from '../../src/lib/practice/shuffle.ts';

/** A way to play without reading: given what is on screen (in shown order), pick one. */
export type Strategy = 'top' | 'second' | 'longest';
export const STRATEGIES: Strategy[] = ['top', 'second', 'longest'];

const pickShown = (texts: string[], strategy: Strategy): number => {
  if (strategy === 'top') return 0;
  if (strategy === 'second') return Math.min(1, texts.length - 1);
  return texts.reduce((best, t, i) => (t.length > texts[best]!.length ? i : best), 0);
};

/** Share of the best possible points a blind strategy scores in a role-play, averaged over `runs` seeds. */
export function blindRolePlay(s: Scenario, strategy: Strategy, runs = 40): number {
  let total = 0;
  for (let r = 0; r < runs; r++) {
    let state = start(s, `blind-${r}`);
    for (let guard = 0; !isFinished(s, state) && guard < 100; guard++) {
      const node = currentNode(s, state);
      if (node.kind !== 'decision') break;
      const order = replyOrder(s, state, state.node);
      const shown = order.map((i) => node.choices[i]!.reply);
      state = choose(s, state, order[pickShown(shown, strategy)]!);
    }
    total += outcome(s, state).share;
  }
  return total / runs;
}

/** Share of the points a blind strategy scores in a check, averaged over `runs` seeds, as the island shows it. */
export function blindCheck(check: PlayableCheck, strategy: Strategy, runs = 40): number {
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const seed = `blind-${r}`;
    const answers = check.questions.map((q, i): Answer => {
      if (q.type === 'order') return { type: 'order', order: scrambledOrder(q.items.length, `${seed}#${i}`) };
      const order = seededOrder(q.options.length, `${seed}#${i}`);
      const chosen =
        order[
          pickShown(
            order.map((o) => q.options[o]!.text),
            strategy,
          )
        ]!;
      return q.type === 'single' ? { type: 'single', choice: chosen } : { type: 'multiple', choices: [chosen] };
    });
    const graded = gradeCheck(check, answers);
    total += graded.score / graded.max;
  }
  return total / runs;
}
