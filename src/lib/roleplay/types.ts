import type { EndingNode, ScenarioData, ScenarioNode } from '../../schemas/scenario.ts';

// Types only from the schema module: importing its values would pull zod into the browser bundle.
export type { Choice, DecisionNode, EndingBand, EndingNode, EndingVariant, ScenarioNode } from '../../schemas/scenario.ts';
export type Scenario = ScenarioData;

export const isEnding = (node: ScenarioNode): node is EndingNode => node.kind === 'ending';
