import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { scenarioSchema } from './schemas/scenario.ts';
import { checkSchema } from './schemas/check.ts';
import { handbookCardSchema } from './schemas/handbook.ts';
import { sequenceSchema } from './schemas/sequence.ts';

// The course's content model. Each schema lives in src/schemas/ with a comment per field;
// rules that span files (a lesson's module exists, orders are unique...) are in src/lib/course/validate.ts,
// a scenario's graph rules in src/lib/roleplay/validate.ts.

// COURSE_CONTENT_DIR builds another course tree (a snapshot, a fixture) with the same code; content/ by default.
const root = process.env.COURSE_CONTENT_DIR ?? './content';

const modules = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/modules` }),
  schema: moduleSchema,
});

const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/lessons` }),
  schema: lessonSchema,
});

const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/scenarios` }),
  schema: scenarioSchema,
});

const checks = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/checks` }),
  schema: checkSchema,
});

const handbook = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/handbook` }),
  schema: handbookCardSchema,
});

const sequences = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/sequences` }),
  schema: sequenceSchema,
});

export const collections = { modules, lessons, scenarios, checks, handbook, sequences };
