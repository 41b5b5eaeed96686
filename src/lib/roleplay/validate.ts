import { isEnding } from './types.ts';
import type { ContentProblem } from '../course/types.ts';
import { fileStem } from '../course/files.ts';
import { canFinish, modelEndings, reachableFrom } from './graph.ts';
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
      if (!nodes[choice.next]) add(`nodes.${id}.choices.${i}.next`, 'target-exists', `"${choice.next}" is not a node (nodes: ${ids.join(', ')})`);
      if (choice.next === id) add(`nodes.${id}.choices.${i}.next`, 'no-self-loop', 'leads back to the same node, so the conversation cannot move on');
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
  if (decisions.length < MIN_DECISIONS) add('nodes', 'enough-decisions', `has ${decisions.length} decision point(s); write at least ${MIN_DECISIONS}`);

  const bands = new Set(ids.map((id) => nodes[id]!).filter(isEnding).map((n) => n.ending));
  if (bands.size < MIN_ENDINGS) add('nodes', 'distinct-endings', `every ending is "${[...bands].join('')}"; write at least ${MIN_ENDINGS} endings that differ (glad, neutral, mad)`);

  const glad = (id: string) => {
    const n = nodes[id];
    return n !== undefined && isEnding(n) && n.ending === 'glad';
  };
  if (![...reachable].some(glad)) {
    add('nodes', 'glad-ending-reachable', 'no path from the start reaches a glad ending; the learner must be able to win');
  } else {
    const model = modelEndings(scenario);
    const missed = [...model.endings].filter((id) => !glad(id));
    if (missed.length > 0 || model.looping) {
      const where = missed.length > 0 ? `ends at ${missed.map((id) => `"${id}"`).join(', ')}, which is not glad` : 'can go round in a loop';
      add('nodes', 'best-replies-end-glad', `giving the top-scoring reply at every turn ${where}; check the points`);
    }
  }
  return problems;
}
