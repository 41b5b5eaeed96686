/**
 * The habits a weaker reply stands for. Every reply worth less than its decision's best names one, so
 * My progress can tell a learner which habit keeps costing them, and which lesson works on it.
 */
export const TRAPS = {
  'defends-the-policy': {
    label: 'Defending the policy',
    habit: 'quoting the rule instead of looking for what you can do',
    lesson: 'judgment-playing-field',
  },
  'blames-someone': {
    label: 'Blaming someone',
    habit: 'pointing at a colleague, a supplier or the customer',
    lesson: 'never-blame-the-customer',
  },
  'over-promises': { label: 'Over-promising', habit: 'promising a time or result you cannot be sure of', lesson: 'do-what-you-say' },
  rushes: { label: 'Rushing', habit: 'hurrying the customer or skipping a step to save time', lesson: 'hear-the-whole-complaint' },
  'cold-efficiency': { label: 'Cold efficiency', habit: 'getting it right but leaving out the warmth', lesson: 'in-the-customers-shoes' },
  'hollow-sorry': {
    label: 'A hollow sorry',
    habit: 'saying sorry without owning it or doing anything',
    lesson: 'apologize-like-you-mean-it',
  },
  'argues-facts': {
    label: 'Arguing the facts',
    habit: 'correcting the customer to prove a point',
    lesson: 'when-the-customer-crosses-a-line',
  },
  'passes-the-buck': { label: 'Passing the buck', habit: 'handing the problem on without owning it', lesson: 'service-is-everyones-job' },
  'jumps-to-conclusions': {
    label: 'Jumping to conclusions',
    habit: 'assuming what happened or what they want, without asking',
    lesson: 'active-listening',
  },
  'goes-silent': {
    label: 'Going silent',
    habit: 'leaving the customer without an update or a next step',
    lesson: 'follow-up-and-response-times',
  },
  micromanages: { label: 'Micromanaging', habit: 'taking over instead of trusting the person to act', lesson: 'connect-inspire-empower' },
} as const satisfies Record<string, { label: string; habit: string; lesson: string }>;

export type Trap = keyof typeof TRAPS;
export const TRAP_IDS = Object.keys(TRAPS) as [Trap, ...Trap[]];
