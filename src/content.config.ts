import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module.ts';
import { lessonSchema } from './schemas/lesson.ts';

// The course's content model. Each schema lives in src/schemas/ with a comment per field;
// rules that span files (a lesson's module exists, orders are unique...) are in src/lib/course/validate.ts.

const modules = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/modules' }),
  schema: moduleSchema,
});

const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

export const collections = { modules, lessons };
