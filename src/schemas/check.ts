import { z } from 'astro/zod';
import { required } from './required.ts';
import { slugSchema } from './slug.ts';

/** One answer option of a choice question. */
export const optionSchema = z.strictObject({
  /** The answer text. */
  text: z
    .string({ error: required('give the option text') })
    .min(1)
    .max(300),
  /** True for a right answer. */
  correct: z.boolean().default(false),
  /** Why this option is right or wrong; shown after answering. */
  feedback: z
    .string({ error: required('every option needs feedback') })
    .min(5)
    .max(400),
});

const prompt = z
  .string({ error: required('give the question') })
  .min(5)
  .max(300);

/** Exactly one option is right. */
export const singleQuestionSchema = z
  .strictObject({ type: z.literal('single'), prompt, options: z.array(optionSchema).min(2).max(6) })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: 'a single-answer question needs exactly one option with correct: true',
    path: ['options'],
  });

/** One or more options are right; the learner picks all of them. */
export const multipleQuestionSchema = z
  .strictObject({ type: z.literal('multiple'), prompt, options: z.array(optionSchema).min(3).max(6) })
  .refine((q) => q.options.some((o) => o.correct), {
    message: 'a several-answers question needs at least one option with correct: true',
    path: ['options'],
  });

/**
 * The learner puts the steps of a taught sequence in order. The steps and their right order come from
 * content/sequences/<sequence>.yaml, so a question can never disagree with the card or the lesson.
 */
export const orderQuestionSchema = z.strictObject({
  type: z.literal('order'),
  prompt,
  /** Id of the sequence (a file in content/sequences/). */
  sequence: slugSchema,
  /** Ids of the steps to use, 3 or more (default: all of them); shown in the sequence's order when answered. */
  steps: z.array(slugSchema).min(3, 'use at least 3 steps').max(7, 'use at most 7 steps').optional(),
  /** Explains the right order; shown after answering. */
  feedback: z
    .string({ error: required('explain the right order') })
    .min(5)
    .max(500),
});

export const questionSchema = z.discriminatedUnion('type', [singleQuestionSchema, multipleQuestionSchema, orderQuestionSchema], {
  error: 'type must be single, multiple or order',
});
export type Question = z.infer<typeof questionSchema>;
export type OrderQuestionData = z.infer<typeof orderQuestionSchema>;

/** A knowledge check: one file in content/checks/. */
export const checkSchema = z.strictObject({
  /** Same as the file name; used as <KnowledgeCheck id="..." />. */
  id: slugSchema,
  /** Slug of the lesson that hosts it. */
  lesson: slugSchema,
  /** Three or four questions. */
  questions: z.array(questionSchema).min(2, 'ask at least 2 questions').max(6, 'ask at most 6 questions'),
});
export type CheckData = z.infer<typeof checkSchema>;
