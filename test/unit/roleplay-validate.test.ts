import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/lib/roleplay/validate.ts';
import { scenarioSchema, type ScenarioData } from '../../src/schemas/scenario.ts';
import { formatProblems } from '../../src/lib/course/validate.ts';
import { fixtureScenario } from '../support/fixtures.ts';

const FILE = 'content/scenarios/gift-for-an-aunt.yaml';

/** The valid fixture with one change; returns the problems as the build prints them. */
function problemsAfter(change: (s: ScenarioData) => void, file = FILE): string {
  const scenario = fixtureScenario();
  change(scenario);
  return formatProblems(validateScenario(file, scenario));
}

const decision = (s: ScenarioData, id: string) => {
  const node = s.nodes[id];
  if (!node || node.kind !== 'decision') throw new Error(`fixture has no decision ${id}`);
  return node;
};

describe('scenario graph rules (one broken fixture each)', () => {
  it('the valid fixture passes', () => {
    expect(problemsAfter(() => {})).toBe('');
  });

  it('id-matches-file', () => {
    expect(problemsAfter(() => {}, 'content/scenarios/other-name.yaml')).toBe(
      'content/scenarios/other-name.yaml: id: [id-matches-file] is "gift-for-an-aunt" but the file is named "other-name"; make them the same',
    );
  });

  it('target-exists: the start', () => {
    expect(problemsAfter((s) => { s.start = 'hello'; })).toBe(
      `${FILE}: start: [target-exists] "hello" is not a node (nodes: door, browse, cold, close, happy, meh, gone)`,
    );
  });

  it('target-exists: a choice', () => {
    expect(problemsAfter((s) => { decision(s, 'close').choices[1]!.next = 'nowhere'; })).toBe(
      `${FILE}: nodes.close.choices.1.next: [target-exists] "nowhere" is not a node (nodes: door, browse, cold, close, happy, meh, gone)\n` +
        `${FILE}: nodes.meh: [reachable] no path from the start ("door") leads here`,
    );
  });

  it('no-self-loop', () => {
    expect(problemsAfter((s) => { decision(s, 'cold').choices[1]!.next = 'cold'; })).toBe(
      `${FILE}: nodes.cold.choices.1.next: [no-self-loop] leads back to the same node, so the conversation cannot move on\n` +
        `${FILE}: nodes.gone: [reachable] no path from the start ("door") leads here`,
    );
  });

  it('replies-differ', () => {
    expect(problemsAfter((s) => { decision(s, 'door').choices[1]!.reply = 'Good morning! Yes, come on in.'; })).toBe(
      `${FILE}: nodes.door.choices.1.reply: [replies-differ] repeats another reply of the same node`,
    );
  });

  it('reachable', () => {
    expect(problemsAfter((s) => { s.nodes['orphan'] = { kind: 'ending', ending: 'mad', customer: 'Hello?', outcome: 'Nobody ever gets here.' }; })).toBe(
      `${FILE}: nodes.orphan: [reachable] no path from the start ("door") leads here`,
    );
  });

  it('every-path-ends: a loop with no way out', () => {
    const problems = problemsAfter((s) => {
      decision(s, 'cold').choices[0]!.next = 'door';
      decision(s, 'cold').choices[1]!.next = 'browse';
      decision(s, 'browse').choices[0]!.next = 'cold';
      decision(s, 'door').choices[0]!.next = 'browse';
    });
    expect(problems).toContain(`${FILE}: nodes.door: [every-path-ends] no ending can be reached from here: the conversation would loop for ever; give it a way out`);
    expect(problems).toContain(`${FILE}: nodes.cold: [every-path-ends]`);
  });

  it('a loop with a way out is allowed', () => {
    expect(problemsAfter((s) => { decision(s, 'cold').choices[1]!.next = 'door'; delete s.nodes['gone']; })).toBe('');
  });

  it('enough-decisions', () => {
    expect(problemsAfter((s) => {
      decision(s, 'door').choices[0]!.next = 'close';
      decision(s, 'door').choices[1]!.next = 'close';
      delete s.nodes['browse'];
      delete s.nodes['cold'];
      delete s.nodes['gone'];
    })).toBe(`${FILE}: nodes: [enough-decisions] has 2 decision point(s); write at least 3`);
  });

  it('distinct-endings', () => {
    expect(problemsAfter((s) => {
      for (const id of ['meh', 'gone']) s.nodes[id] = { kind: 'ending', ending: 'glad', customer: 'Thanks anyway.', outcome: 'She leaves happy enough.' };
    })).toBe(`${FILE}: nodes: [distinct-endings] every ending is "glad"; write at least 2 endings that differ (glad, neutral, mad)`);
  });

  it('glad-ending-reachable', () => {
    expect(problemsAfter((s) => { s.nodes['happy'] = { kind: 'ending', ending: 'neutral', customer: 'Fine.', outcome: 'She buys something small.' }; s.nodes['meh'] = { kind: 'ending', ending: 'mad', customer: 'Hmph.', outcome: 'She leaves unhappy.' }; })).toBe(
      `${FILE}: nodes: [glad-ending-reachable] no path from the start reaches a glad ending; the learner must be able to win`,
    );
  });

  it('best-replies-end-glad', () => {
    expect(problemsAfter((s) => { decision(s, 'close').choices[1]!.points = 2; decision(s, 'close').choices[0]!.points = 1; })).toBe(
      `${FILE}: nodes: [best-replies-end-glad] giving the top-scoring reply at every turn ends at "meh", which is not glad; check the points`,
    );
  });
});

describe('scenario schema', () => {
  it('names the choice that lacks feedback', () => {
    const raw = structuredClone(fixtureScenario()) as unknown as { nodes: Record<string, { choices?: { feedback?: string }[] }> };
    delete raw.nodes['door']!.choices![1]!.feedback;
    const result = scenarioSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['nodes.door.choices.1.feedback: every choice needs feedback that explains why']);
  });

  it('names a mood change out of range', () => {
    const raw = structuredClone(fixtureScenario()) as unknown as { nodes: Record<string, { choices?: { mood?: number }[] }> };
    raw.nodes['browse']!.choices![0]!.mood = 90;
    const result = scenarioSchema.safeParse(raw);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['nodes.browse.choices.0.mood']);
  });
});
