import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/lib/roleplay/validate.ts';
import { mainPath, moodsAt, storyBranches } from '../../src/lib/roleplay/graph.ts';
import { scenarioSchema, type ScenarioData } from '../../src/schemas/scenario.ts';
import { formatProblems } from '../../src/lib/course/validate.ts';
import { fixtureScenario } from '../support/fixtures.ts';

const FILE = 'content/scenarios/gift-for-an-aunt.yaml';
const NODES = 'door, browse, cold, aunt-talk, close, happy, found-it, gone';

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
const ending = (customer: string) => ({ kind: 'ending' as const, ending: { mad: { customer, outcome: 'She leaves without a word.' } } });

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
    expect(
      problemsAfter((s) => {
        s.start = 'hello';
      }),
    ).toBe(`${FILE}: start: [target-exists] "hello" is not a node (nodes: ${NODES})`);
  });

  it('target-exists: a choice', () => {
    expect(
      problemsAfter((s) => {
        decision(s, 'cold').choices[1]!.next = 'nowhere';
      }),
    ).toContain(
      `${FILE}: nodes.cold.choices.1.next: [target-exists] "nowhere" is not a node (nodes: ${NODES})\n${FILE}: nodes.gone: [reachable] no path from the start ("door") leads here`,
    );
  });

  it('no-self-loop', () => {
    expect(
      problemsAfter((s) => {
        decision(s, 'cold').choices[1]!.next = 'cold';
      }),
    ).toContain(`${FILE}: nodes.cold.choices.1.next: [no-self-loop] leads back to the same node, so the conversation cannot move on`);
  });

  it('replies-differ', () => {
    expect(
      problemsAfter((s) => {
        decision(s, 'door').choices[1]!.reply = 'Morning! Yes, come on in.';
      }),
    ).toContain(`${FILE}: nodes.door.choices.1.reply: [replies-differ] repeats another reply of the same node`);
  });

  it('reachable', () => {
    expect(
      problemsAfter((s) => {
        s.nodes['orphan'] = ending('Hello?');
      }),
    ).toBe(`${FILE}: nodes.orphan: [reachable] no path from the start ("door") leads here`);
  });

  it('every-path-ends: a loop with no way out', () => {
    const problems = problemsAfter((s) => {
      decision(s, 'cold').choices[0]!.next = 'door';
      decision(s, 'cold').choices[1]!.next = 'browse';
      decision(s, 'browse').choices[0]!.next = 'cold';
      decision(s, 'browse').choices[1]!.next = 'cold';
    });
    expect(problems).toContain(
      `${FILE}: nodes.door: [every-path-ends] no ending can be reached from here: the conversation would loop for ever; give it a way out`,
    );
    expect(problems).toContain(`${FILE}: nodes.cold: [every-path-ends]`);
  });

  it('enough-decisions', () => {
    expect(
      problemsAfter((s) => {
        for (const id of ['door', 'browse', 'cold']) delete s.nodes[id];
        s.start = 'aunt-talk';
        decision(s, 'aunt-talk').choices[1]!.next = 'close';
      }),
    ).toContain(`${FILE}: nodes: [enough-decisions] has 2 decision point(s); write at least 3`);
  });

  it('ending-matches-mood: a band the mood can reach needs its words, with a path that gets there', () => {
    expect(
      problemsAfter((s) => {
        const happy = s.nodes['happy'];
        if (happy?.kind === 'ending') delete happy.ending.mad;
      }),
    ).toBe(
      `${FILE}: nodes.happy.ending: [ending-matches-mood] the customer can arrive here at mood 35, which is mad (for example after door:1 > browse:1 > close:1); write a mad variant or change the mood numbers`,
    );
  });

  it('ending-matches-mood: words for a band no path reaches are refused', () => {
    expect(
      problemsAfter((s) => {
        s.nodes['gone'] = {
          kind: 'ending',
          ending: { mad: { customer: 'Forget it.', outcome: 'Ana leaves.' }, glad: { customer: 'Great!', outcome: 'Never happens.' } },
        };
      }),
    ).toBe(
      `${FILE}: nodes.gone.ending.glad: [ending-matches-mood] no path arrives here glad (moods on arrival: 15, 20, 35); remove this variant or change the mood numbers`,
    );
  });

  it('distinct-endings', () => {
    expect(
      problemsAfter((s) => {
        for (const c of Object.values(s.nodes).flatMap((n) => (n.kind === 'decision' ? n.choices : []))) c.mood = 20;
        s.nodes['happy'] = { kind: 'ending', ending: { glad: { customer: 'Thanks!', outcome: 'She buys a kit.' } } };
        s.nodes['found-it'] = { kind: 'ending', ending: { glad: { customer: 'Thanks!', outcome: 'She buys a gift.' } } };
        s.nodes['gone'] = { kind: 'ending', ending: { glad: { customer: 'Thanks anyway.', outcome: 'She leaves content.' } } };
      }),
    ).toContain(
      `${FILE}: nodes: [distinct-endings] every path ends glad; the learner must be able to end at least 2 ways (glad, unsure, mad)`,
    );
  });

  it('best-replies-end-glad', () => {
    expect(
      problemsAfter((s) => {
        decision(s, 'close').choices[0]!.mood = -20;
      }),
    ).toContain(
      `${FILE}: nodes: [best-replies-end-glad] giving the top-scoring reply at every turn ends at "happy" at mood 55, which is not glad (60 or more); check the points and mood changes`,
    );
  });

  it('story-branch: a branch must have two decisions and an ending of its own', () => {
    expect(
      problemsAfter((s) => {
        decision(s, 'cold').choices[0]!.next = 'close';
        delete s.nodes['aunt-talk'];
        delete s.nodes['found-it'];
      }),
    ).toContain(
      `${FILE}: nodes: [story-branch] every weaker reply leads back to the main path (4 nodes) or straight to an end; write at least one branch with two decisions and an ending of its own`,
    );
  });
});

describe('reply rules: nothing gives the best reply away, and weak replies name their habit', () => {
  it('trap-named: required on a weaker reply, refused on the best', () => {
    const problems = problemsAfter((s) => {
      delete decision(s, 'door').choices[1]!.trap;
      decision(s, 'door').choices[0]!.trap = 'rushes';
    });
    expect(problems).toContain(`${FILE}: nodes.door.choices.1.trap: [trap-named] a weaker reply names the habit it stands for`);
    expect(problems).toContain(
      `${FILE}: nodes.door.choices.0.trap: [trap-named] is on a best reply; a trap belongs only on weaker replies`,
    );
  });

  it('no-stage-directions', () => {
    expect(
      problemsAfter((s) => {
        decision(s, 'door').choices[0]!.reply = '(smiles) Morning!';
      }),
    ).toBe(`${FILE}: nodes.door.choices.0.reply: [no-stage-directions] holds brackets or asterisks; a reply is only the words said`);
  });

  it('poor-reply-recovers: at most one poor reply ends the conversation at once', () => {
    expect(
      problemsAfter((s) => {
        decision(s, 'door').choices[2]!.next = 'gone';
      }),
    ).toContain(
      `${FILE}: nodes: [poor-reply-recovers] 2 poor replies end the conversation at once (door.choices.2, cold.choices.1); at most 1 may`,
    );
  });

  it('best-not-longest: by count and by average length', () => {
    const problems = problemsAfter((s) => {
      for (const id of ['door', 'browse', 'close'])
        decision(s, id).choices[0]!.reply += ' I would be really glad to help you find exactly the right thing today.';
    });
    expect(problems).toContain(`${FILE}: nodes: [best-not-longest] the best reply is the longest at 3 of 5 decisions; at most 1 may be`);
    expect(problems).toMatch(
      /\[best-not-longest\] best replies average \d+ characters against \d+ for the others; keep them at most 1.15 times as long/,
    );
  });
});

describe('graph helpers', () => {
  it('moodsAt finds every mood on arrival, with a path that gets there', () => {
    const moods = moodsAt(fixtureScenario());
    expect([...moods.get('happy')!.keys()].sort((a, b) => a - b)).toEqual([35, 50, 60, 65, 75, 90]);
    expect(moods.get('gone')!.get(15)!.path).toEqual(['door:2', 'cold:1']);
  });

  it('mainPath follows best replies; storyBranches finds the branch with a story of its own', () => {
    const s = fixtureScenario();
    expect([...mainPath(s)]).toEqual(['door', 'browse', 'close', 'happy']);
    expect(storyBranches(s)).toEqual(['cold']);
  });
});

describe('scenario schema', () => {
  it('names the choice that lacks feedback', () => {
    const raw = structuredClone(fixtureScenario()) as unknown as { nodes: Record<string, { choices?: { feedback?: string }[] }> };
    delete raw.nodes['door']!.choices![1]!.feedback;
    const result = scenarioSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'nodes.door.choices.1.feedback: every choice needs feedback that explains why',
    ]);
  });

  it('names a mood change out of range, and an unknown trap', () => {
    const raw = structuredClone(fixtureScenario()) as unknown as {
      nodes: Record<string, { choices?: { mood?: number; trap?: string }[] }>;
    };
    raw.nodes['browse']!.choices![0]!.mood = 90;
    raw.nodes['browse']!.choices![1]!.trap = 'grumpy';
    const result = scenarioSchema.safeParse(raw);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['nodes.browse.choices.0.mood', 'nodes.browse.choices.1.trap']);
  });

  it('an ending needs at least one band', () => {
    const raw = structuredClone(fixtureScenario()) as unknown as { nodes: Record<string, unknown> };
    raw.nodes['gone'] = { ending: {} };
    const result = scenarioSchema.safeParse(raw);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'nodes.gone.ending: give at least one of glad, unsure or mad, each with customer and outcome',
    ]);
  });
});
