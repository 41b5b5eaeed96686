import { isEnding } from './types.ts';
import type { ContentProblem } from '../course/types.ts';
import { fileStem } from '../course/files.ts';
import { canFinish, mainPath, modelArrivals, modelEndings, moodsAt, reachableFrom, storyBranches } from './graph.ts';
import { bandOf } from './mood.ts';
import { validateReplies } from './validate-replies.ts';
import type { Scenario } from './types.ts';

/** Decision points and distinct endings every scenario needs to be worth playing. */
export const MIN_DECISIONS = 3;
export const MIN_ENDINGS = 2;

/** The graph rules a scenario's schema cannot express. Each message starts with the rule's name. */
export function validateScenario(file: string, scenario: Scenario): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, rule: string, message: string) => problems.push({ file, field, message: `[${rule}] ${message}` });
  const { nodes } = scenario;
  const ids = Object.keys(nodes);

  const stem = fileStem(file);
  if (stem !== scenario.id) add('id', 'id-matches-file', `is "${scenario.id}" but the file is named "${stem}"; make them the same`);

  if (!nodes[scenario.start]) {
    add('start', 'target-exists', `"${scenario.start}" is not a node (nodes: ${ids.join(', ')})`);
    return problems;
  }

  for (const [id, node] of Object.entries(nodes)) {
    if (isEnding(node)) continue;
    node.choices.forEach((choice, i) => {
      if (!nodes[choice.next])
        add(`nodes.${id}.choices.${i}.next`, 'target-exists', `"${choice.next}" is not a node (nodes: ${ids.join(', ')})`);
      if (choice.next === id)
        add(`nodes.${id}.choices.${i}.next`, 'no-self-loop', 'leads back to the same node, so the conversation cannot move on');
    });
    const replies = node.choices.map((c) => c.reply.trim().toLowerCase());
    replies.forEach((reply, i) => {
      if (replies.indexOf(reply) !== i) add(`nodes.${id}.choices.${i}.reply`, 'replies-differ', 'repeats another reply of the same node');
    });
  }

  const reachable = reachableFrom(scenario, scenario.start);
  for (const id of ids) {
    if (!reachable.has(id)) add(`nodes.${id}`, 'reachable', `no path from the start ("${scenario.start}") leads here`);
  }

  const finishing = canFinish(scenario);
  for (const id of ids) {
    if (reachable.has(id) && !finishing.has(id)) {
      add(`nodes.${id}`, 'every-path-ends', 'no ending can be reached from here: the conversation would loop for ever; give it a way out');
    }
  }

  const decisions = ids.filter((id) => !isEnding(nodes[id]!));
  if (decisions.length < MIN_DECISIONS)
    add('nodes', 'enough-decisions', `has ${decisions.length} decision point(s); write at least ${MIN_DECISIONS}`);

  const moods = moodsAt(scenario);
  const bands = new Set<string>();
  for (const [id, node] of Object.entries(nodes)) {
    if (!isEnding(node)) continue;
    const arrivals = [...(moods.get(id)?.values() ?? [])];
    for (const band of ['glad', 'unsure', 'mad'] as const) {
      const witness = arrivals.find((a) => bandOf(a.mood) === band);
      if (witness) bands.add(band);
      if (witness && !node.ending[band]) {
        const how = witness.path.length > 0 ? ` (for example after ${witness.path.join(' > ')})` : '';
        add(
          `nodes.${id}.ending`,
          'ending-matches-mood',
          `the customer can arrive here at mood ${witness.mood}, which is ${band}${how}; write ${band === 'unsure' ? 'an' : 'a'} ${band} variant or change the mood numbers`,
        );
      }
      if (!witness && node.ending[band] && reachable.has(id)) {
        add(
          `nodes.${id}.ending.${band}`,
          'ending-matches-mood',
          `no path arrives here ${band} (moods on arrival: ${arrivals
            .map((a) => a.mood)
            .sort((x, y) => x - y)
            .join(', ')}); remove this variant or change the mood numbers`,
        );
      }
    }
  }
  if (bands.size < MIN_ENDINGS)
    add(
      'nodes',
      'distinct-endings',
      `every path ends ${[...bands].join('') || 'nowhere'}; the learner must be able to end at least ${MIN_ENDINGS} ways (glad, unsure, mad)`,
    );

  const model = modelEndings(scenario);
  const modelMoods = model.looping ? [] : modelArrivals(scenario);
  const notGlad = modelMoods.filter((m) => bandOf(m.mood) !== 'glad');
  if (model.looping)
    add('nodes', 'best-replies-end-glad', 'giving the top-scoring reply at every turn can go round in a loop; check the points');
  else if (notGlad.length > 0) {
    add(
      'nodes',
      'best-replies-end-glad',
      `giving the top-scoring reply at every turn ends at "${notGlad[0]!.id}" at mood ${notGlad[0]!.mood}, which is not glad (60 or more); check the points and mood changes`,
    );
  }

  if (storyBranches(scenario).length === 0) {
    const main = mainPath(scenario);
    add(
      'nodes',
      'story-branch',
      `every weaker reply leads back to the main path (${main.size} nodes) or straight to an end; write at least one branch with two decisions and an ending of its own`,
    );
  }

  problems.push(...validateReplies(file, scenario));
  return problems;
}
