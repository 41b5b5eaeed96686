/** What an author may write in a lesson without importing anything: component names and their props. */
export interface ComponentContract {
  required: readonly string[];
  optional: readonly string[];
  /** Shown in the error message, so the author knows what the prop is for. */
  hint: string;
  /** Props that take one of a few words. */
  values?: Readonly<Record<string, readonly string[]>>;
}

/** How a worked example turns out; the course keeps a share of partial successes and honest failures. */
export const EXAMPLE_OUTCOMES = ['success', 'partial', 'failure'] as const;
export type ExampleOutcome = (typeof EXAMPLE_OUTCOMES)[number];

export const lessonComponentContracts: Readonly<Record<string, ComponentContract>> = {
  KeyTakeaways: { required: [], optional: ['title'], hint: 'a list of the points to remember' },
  Quote: { required: ['speaker'], optional: ['role', 'source'], hint: 'speaker: who said it; role: their position' },
  WhatToSay: { required: ['title'], optional: ['setting'], hint: 'title: the moment the lines are for, e.g. "Answering the phone"' },
  DoDont: { required: ['do', 'dont'], optional: [], hint: 'do: what to do; dont: the matching thing to avoid' },
  Example: {
    required: ['title', 'people', 'outcome'],
    optional: ['setting'],
    hint: 'title: what happens; people: every named person, "Full Name, Full Name"; outcome: success, partial or failure; setting: where',
    values: { outcome: EXAMPLE_OUTCOMES },
  },
  Tip: { required: [], optional: ['title'], hint: 'a short practical tip' },
  Steps: {
    required: ['sequence'],
    optional: [],
    hint: 'sequence: the file name of a taught sequence in content/sequences/, without .yaml',
  },
  RolePlay: { required: ['id'], optional: [], hint: 'id: the file name of a scenario in content/scenarios/, without .yaml' },
  KnowledgeCheck: { required: ['id'], optional: [], hint: 'id: the file name of a check in content/checks/, without .yaml' },
};
