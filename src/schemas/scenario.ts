import { z } from 'astro/zod';
import { required } from './required.ts';
import { slugSchema } from './slug.ts';
import { TRAP_IDS } from '../lib/roleplay/traps.ts';

/** Where a scenario takes place; the course must cover every one of them. */
export const placeSchema = z.enum(['shop-floor', 'phone-line', 'email-queue', 'help-desk', 'hotel-front-desk', 'waiting-room'], {
  error: 'is not a place: use shop-floor, phone-line, email-queue, help-desk, hotel-front-desk or waiting-room',
});
export type Place = z.infer<typeof placeSchema>;

/** The customer the learner talks to. */
export const personaSchema = z.strictObject({
  /** Full name, unique across the course. */
  name: z
    .string({ error: required('give the customer a name') })
    .min(2)
    .max(60),
  /** What has happened before the conversation starts, in one or two sentences. */
  situation: z
    .string({ error: required('say what has happened before the conversation starts') })
    .min(20)
    .max(400),
  /** The concrete place, unique across the course (e.g. "Bike repair shop, Saturday rush"). */
  setting: z
    .string({ error: required('describe the setting') })
    .min(5)
    .max(120),
  /** The kind of place, for filters and course-wide coverage. */
  place: placeSchema,
  /** Mood at the start, 0 (furious) to 100 (delighted). */
  mood: z
    .number({ error: required('give a starting mood from 0 (mad) to 100 (glad)') })
    .int()
    .min(0)
    .max(100),
});

/** One reply the learner can give. */
export const choiceSchema = z.strictObject({
  /** What the learner says. */
  reply: z
    .string({ error: required('give the reply text') })
    .min(2)
    .max(400),
  /** Why this reply helps or hurts; shown after the choice. */
  feedback: z
    .string({ error: required('every choice needs feedback that explains why') })
    .min(10)
    .max(500),
  /** 0 (poor), 1 (acceptable) or 2 (best). */
  points: z
    .number({ error: required('give points 0, 1 or 2') })
    .int()
    .min(0)
    .max(2),
  /** How the customer's mood moves, from -40 to +40. */
  mood: z
    .number({ error: required('give the mood change, e.g. mood: -10') })
    .int()
    .min(-40)
    .max(40),
  /** The habit a weaker reply stands for (src/lib/roleplay/traps.ts); required on every reply below the decision's best. */
  trap: z.enum(TRAP_IDS, { error: `is not a trap: use one of ${TRAP_IDS.join(', ')}` }).optional(),
  /** Id of the node this reply leads to. */
  next: slugSchema,
});
export type Choice = z.infer<typeof choiceSchema>;

/** A point where the customer speaks and the learner chooses a reply. */
export const decisionSchema = z.strictObject({
  kind: z.literal('decision'),
  /** What the customer says. */
  customer: z
    .string({ error: required('give the customer line') })
    .min(2)
    .max(500),
  /** Two to four replies. */
  choices: z
    .array(choiceSchema, { error: 'list the replies the learner can choose from' })
    .min(2, 'give at least 2 choices')
    .max(4, 'give at most 4 choices'),
});

/** How the conversation ends: the customer's mood on arrival picks the band (src/lib/roleplay/mood.ts). */
export const endingBandSchema = z.enum(['glad', 'unsure', 'mad'], { error: 'is not an ending: use glad, unsure or mad' });
export type EndingBand = z.infer<typeof endingBandSchema>;

/** What the learner sees when the conversation ends in one band. */
export const endingVariantSchema = z.strictObject({
  /** The customer's last words. */
  customer: z
    .string({ error: required('give the customer last line') })
    .min(2)
    .max(500),
  /** What happens next, told to the learner (e.g. "She posts a glowing review"). */
  outcome: z
    .string({ error: required('say what happens after the conversation') })
    .min(10)
    .max(500),
});
export type EndingVariant = z.infer<typeof endingVariantSchema>;

/**
 * A node where the conversation stops. It has a variant for every band the customer's mood can be in on
 * arrival, and none for a band it cannot be in (checked over every path by src/lib/roleplay/validate.ts).
 */
export const endingSchema = z.strictObject({
  kind: z.literal('ending'),
  ending: z
    .strictObject({ glad: endingVariantSchema.optional(), unsure: endingVariantSchema.optional(), mad: endingVariantSchema.optional() })
    .refine((e) => Object.keys(e).length > 0, 'give at least one of glad, unsure or mad, each with customer and outcome'),
});

// Authors don't write `kind`: a node with an `ending` field is an ending, any other is a decision.
// Tagging it first lets a mistake be reported against the right field (e.g. a choice's missing feedback).
const tagKind = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? { kind: 'ending' in value ? 'ending' : 'decision', ...value } : value;
export const nodeSchema = z.preprocess(tagKind, z.discriminatedUnion('kind', [endingSchema, decisionSchema]));
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type DecisionNode = z.infer<typeof decisionSchema>;
export type EndingNode = z.infer<typeof endingSchema>;

/** A role-play: one file in content/scenarios/. Graph rules are in src/lib/roleplay/validate.ts. */
export const scenarioSchema = z.strictObject({
  /** Same as the file name; used as <RolePlay id="..." />. */
  id: slugSchema,
  /** Shown above the conversation. */
  title: z
    .string({ error: required('give the scenario a title') })
    .min(3)
    .max(80),
  /** Slug of the lesson that hosts it. */
  lesson: slugSchema,
  persona: personaSchema,
  /** The role the learner plays (e.g. "Front-desk agent on the late shift"). */
  you: z
    .string({ error: required('say who the learner plays') })
    .min(3)
    .max(120),
  /** Id of the first node. */
  start: slugSchema,
  /** Every node by id. */
  nodes: z.record(slugSchema, nodeSchema, { error: 'list the nodes by id' }),
});
export type ScenarioData = z.infer<typeof scenarioSchema>;
