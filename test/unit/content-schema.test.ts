import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { moduleSchema } from '../../src/schemas/module.ts';
import { schemaProblems } from '../../src/lib/course/schema-problems.ts';
import { formatProblems } from '../../src/lib/course/validate.ts';
import { fixturePath, splitFrontmatter, validCourse } from '../support/fixtures.ts';

/** Validates a fixture with the real schema and formats the problems as the build would. */
function problemsIn(fixture: string, schema: typeof lessonSchema | typeof moduleSchema) {
  const text = readFileSync(fixturePath('broken', fixture), 'utf8');
  const data = fixture.endsWith('.yaml') ? load(text) : splitFrontmatter(text).data;
  const result = schema.safeParse(data);
  return result.success ? '' : formatProblems(schemaProblems(fixture, result.error.issues));
}

describe('lesson frontmatter schema', () => {
  it('accepts the valid fixture course', () => {
    expect(validCourse().lessons).toHaveLength(2);
  });

  it.each([
    ['lesson-typed-minutes.mdx', 'lesson-typed-minutes.mdx: minutes: Unrecognized key: "minutes"'],
    ['lesson-bad-audience.mdx', 'lesson-bad-audience.mdx: audience.1: is not an audience: use new-hire or manager'],
    [
      'lesson-too-many-objectives.mdx',
      'lesson-too-many-objectives.mdx: objectives: list at most 4 objectives: split the lesson if it teaches more',
    ],
    ['lesson-unknown-field.mdx', 'lesson-unknown-field.mdx: author: Unrecognized key: "author"'],
  ])('%s names the file and the field', (fixture, message) => {
    expect(problemsIn(fixture, lessonSchema)).toBe(message);
  });
});

describe('module schema', () => {
  it('names the missing audience', () => {
    expect(problemsIn('module-missing-audience.yaml', moduleSchema)).toBe(
      'module-missing-audience.yaml: audience: say who it is for, e.g. audience: [new-hire, manager]',
    );
  });
});
