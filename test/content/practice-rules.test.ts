import { describe, expect, it } from 'vitest';
import { biasFigures } from '../../src/lib/practice/bias.ts';
import { playableCheck } from '../../src/lib/checks/playable.ts';
import { isEnding } from '../../src/lib/roleplay/types.ts';
import { TRAPS } from '../../src/lib/roleplay/traps.ts';
import { loadCourseContent } from '../support/content.ts';
import { STRATEGIES, blindCheck, blindRolePlay } from '../support/blind.ts';

// The practice rules of ../shared/design.md, held across the whole course: scores mean something only
// if nothing but reading the lesson gets the learner to the best reply.
const { lessons, scenarios, checks, cards, sequences } = loadCourseContent();
const figures = biasFigures(scenarios.map((s) => s.data), checks.map((c) => c.data));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('no tell gives the answer away', () => {
  it('the best reply is the longest in at most 40 % of decisions', () => {
    expect(figures.bestLongestShare).toBeLessThanOrEqual(0.4);
  });

  it('best replies are on average at most 1.15 times as long as the others', () => {
    expect(figures.bestLengthRatio).toBeLessThanOrEqual(1.15);
  });

  it('the right option is the longest in at most 40 % of choice questions', () => {
    expect(figures.rightLongestShare).toBeLessThanOrEqual(0.4);
  });

  it('every weaker reply names its habit, and every habit on the list is used', () => {
    const used = new Set<string>();
    const missing: string[] = [];
    for (const s of scenarios) {
      for (const [id, node] of Object.entries(s.data.nodes)) {
        if (isEnding(node)) continue;
        const top = Math.max(...node.choices.map((c) => c.points));
        node.choices.forEach((c, i) => {
          if (c.trap) used.add(c.trap);
          else if (c.points < top) missing.push(`${s.data.id}: ${id}.${i}`);
        });
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(TRAPS).filter((t) => !used.has(t))).toEqual([]);
  });

  it('every habit points to a lesson that exists', () => {
    const slugs = new Set(lessons.map((l) => l.id.replace(/^.*\//, '')));
    expect(Object.values(TRAPS).filter((t) => !slugs.has(t.lesson))).toEqual([]);
  });
});

describe('the learners who need practice most get it', () => {
  it('at most a quarter of poor replies end the conversation at once', () => {
    expect(figures.poorEndingShare).toBeLessThanOrEqual(0.25);
  });
});

describe('no blind strategy passes', () => {
  const playable = checks.map((c) => playableCheck(c.data, sequences));

  it.each(STRATEGIES)('always picking the %s reply averages at most 60 % in the role-plays', (strategy) => {
    const share = mean(scenarios.map((s) => blindRolePlay(s.data, strategy)));
    console.log(`Blind role-play, always the ${strategy} reply: ${(share * 100).toFixed(0)} % on average`);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it.each(STRATEGIES)('always picking the %s option averages at most 40 % in the checks', (strategy) => {
    const share = mean(playable.map((c) => blindCheck(c, strategy)));
    console.log(`Blind check, always the ${strategy} option: ${(share * 100).toFixed(0)} % on average`);
    expect(share).toBeLessThanOrEqual(0.4);
  });
});

describe('every taught sequence has one definition', () => {
  it.each([...sequences.values()].map((s) => [s.id, s] as const))('%s is shown with <Steps> wherever it is taught', (id, sequence) => {
    const bodies = new Map([...lessons.map((l) => [l.id.replace(/^.*\//, ''), l.body] as const), ...cards.map((c) => [c.filePath.replace(/^.*\//, '').replace(/\.mdx$/, ''), c.body] as const)]);
    for (const where of sequence.shownIn) {
      expect(bodies.has(where), `${id}: shownIn names "${where}", which is no lesson or card`).toBe(true);
      expect(bodies.get(where), `${where} teaches ${id} but does not show <Steps sequence="${id}" />`).toContain(`<Steps sequence="${id}" />`);
    }
  });

  it('every order question takes its steps from a sequence', () => {
    const orders = checks.flatMap((c) => c.data.questions.filter((q) => q.type === 'order').map((q) => [c.data.id, q.sequence] as const));
    expect(orders.filter(([, seq]) => !sequences.has(seq))).toEqual([]);
  });

  it('a card or lesson shows only sequences that name it, so a list is never repeated by hand elsewhere', () => {
    const shown = [...lessons.map((l) => [l.id.replace(/^.*\//, ''), l.body] as const), ...cards.map((c) => [c.filePath.replace(/^.*\//, '').replace(/\.mdx$/, ''), c.body] as const)].flatMap(
      ([slug, body]) => [...body.matchAll(/<Steps sequence="([^"]+)"/g)].map((m) => [slug, m[1]!] as const),
    );
    expect(shown.filter(([slug, id]) => !sequences.get(id)?.shownIn.includes(slug))).toEqual([]);
  });
});
