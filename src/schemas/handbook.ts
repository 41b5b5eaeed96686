import { z } from 'astro/zod';
import { required } from './required.ts';
import { audiencesSchema } from './audience.ts';
import { slugSchema } from './slug.ts';
import { questionsSchema } from './questions.ts';
import { sourceSchema } from './source.ts';

/** The groups of the handbook index, in the order they are listed. */
export const handbookTopics = {
  'what-to-say': 'What to say when…',
  greetings: 'Greeting customers',
  'phone-and-email': 'Phone, email and follow-up',
  complaints: 'Complaints and apologies',
  courtesy: 'Everyday courtesy',
  decisions: 'Deciding on your own',
  leadership: 'Leading the team',
} as const;
export type HandbookTopic = keyof typeof handbookTopics;

const topicIds = Object.keys(handbookTopics) as [HandbookTopic, ...HandbookTopic[]];

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
/** A line a worker says out loud: short enough to take in at a glance. */
const spokenLine = (most: number, what: string) =>
  z
    .string({ error: required(`give ${what}`) })
    .min(2)
    .refine((line) => wordCount(line) <= most, `keep ${what} to at most ${most} words`);

/** Frontmatter of a quick-reference card: one MDX file in content/handbook/. */
export const handbookCardSchema = z
  .strictObject({
    /** Card title, e.g. "Phone greeting script". */
    title: z
      .string({ error: required('give the card a title') })
      .min(3)
      .max(80),
    /** One sentence: when to reach for this card. */
    summary: z
      .string({ error: required('give a one-sentence summary') })
      .min(20)
      .max(200),
    /** Group on the handbook index. */
    topic: z.enum(topicIds, { error: `is not a topic: use ${topicIds.join(', ')}` }),
    /** Position within its topic group, starting at 1. */
    order: z
      .number({ error: required('give the position within the topic as a whole number') })
      .int()
      .positive(),
    /** Who the card is for. */
    audience: audiencesSchema,
    /** The one line to say first, shown on top of the card with "Hear it". */
    say: spokenLine(15, 'the first line to say'),
    /** Phrase-bank cards: two other good lines, different in approach. */
    alternatives: z.array(spokenLine(20, 'each alternative line')).max(2).default([]),
    /** Phrase-bank cards: one tempting line not to say, and why. */
    avoid: z.strictObject({ line: spokenLine(15, 'the line to avoid'), why: spokenLine(25, 'why to avoid it') }).optional(),
    /** Slugs of the lessons that teach it ("Taught in"); each lesson links back. */
    lessons: z.array(slugSchema, { error: 'list the lessons that teach this card' }).min(1, 'name at least one lesson that teaches it'),
    /** Ids of scenarios that train it ("Practice this"). */
    practise: z.array(slugSchema).default([]),
    /** Everyday questions the card answers, in a learner's words; weighted in search. */
    questions: questionsSchema('card'),
    /** Topic words for search. */
    tags: z.array(slugSchema).max(10).default([]),
    /** Date of the last meaningful change, as YYYY-MM-DD. */
    updated: z.coerce.date({ error: 'give the date of the last change as YYYY-MM-DD' }),
    /** Works cited for any fact on the card. */
    sources: z.array(sourceSchema).default([]),
  })
  .superRefine((card, ctx) => {
    if (card.topic !== 'what-to-say') return;
    if (card.alternatives.length !== 2)
      ctx.addIssue({ code: 'custom', path: ['alternatives'], message: 'a "What to say when…" card gives exactly 2 alternatives' });
    if (!card.avoid) ctx.addIssue({ code: 'custom', path: ['avoid'], message: 'a "What to say when…" card gives a line to avoid and why' });
  });
export type HandbookCardData = z.infer<typeof handbookCardSchema>;
