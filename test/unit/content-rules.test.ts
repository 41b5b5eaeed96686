import { describe, expect, it } from 'vitest';
import { formatProblems, validateCourse } from '../../src/lib/course/validate.ts';
import { fixturePath, lessonEntry, moduleEntry, validCourse } from '../support/fixtures.ts';

/** The valid fixture course plus one broken file; returns the problems as the build prints them. */
function problemsWith(extra: { lesson?: [string, string]; module?: [string, string] }) {
  const { modules, lessons } = validCourse();
  if (extra.lesson) lessons.push(lessonEntry(fixturePath('broken', extra.lesson[0]), extra.lesson[1]));
  if (extra.module) modules.push(moduleEntry(fixturePath('broken', extra.module[0]), extra.module[1]));
  return formatProblems(validateCourse(modules, lessons));
}

describe('rules across content files', () => {
  it('finds nothing wrong with the valid fixture course', () => {
    const { modules, lessons } = validCourse();
    expect(validateCourse(modules, lessons)).toEqual([]);
  });

  it('a lesson must name a module that exists', () => {
    const file = 'content/lessons/first-steps/lesson-unknown-module.mdx';
    expect(problemsWith({ lesson: ['lesson-unknown-module.mdx', file] })).toBe(
      `${file}: module: "no-such-module" is not a module (known modules: first-steps, next-steps)`,
    );
  });

  it('a lesson must sit in the folder of its module', () => {
    const file = 'content/lessons/next-steps/lesson-in-wrong-folder.mdx';
    expect(problemsWith({ lesson: ['lesson-in-wrong-folder.mdx', file] })).toBe(
      `${file}: module: is "first-steps" but the lesson sits in the folder "next-steps"; move the file or fix the field`,
    );
  });

  it('order is unique within a module', () => {
    const file = 'content/lessons/first-steps/lesson-duplicate-order.mdx';
    expect(problemsWith({ lesson: ['lesson-duplicate-order.mdx', file] })).toBe(
      `${file}: order: 1 is already used in module "first-steps" by content/lessons/first-steps/say-hello.mdx`,
    );
  });

  it('lesson file names (slugs) are unique across the course', () => {
    const file = 'content/lessons/next-steps/say-hello.mdx';
    expect(problemsWith({ lesson: ['duplicate-slug/say-hello.mdx', file] })).toBe(
      `${file}: slug: the file name "say-hello" is already used by content/lessons/first-steps/say-hello.mdx; lesson file names must be unique across the course`,
    );
  });

  it('a module id must match its file name', () => {
    const file = 'content/modules/module-id-mismatch.yaml';
    expect(problemsWith({ module: ['module-id-mismatch.yaml', file] })).toBe(
      `${file}: id: is "second-steps" but the file is named "module-id-mismatch"; make them the same`,
    );
  });

  it('module order is unique', () => {
    const file = 'content/modules/module-duplicate-order.yaml';
    expect(problemsWith({ module: ['module-duplicate-order.yaml', file] })).toBe(
      `${file}: order: 1 is already used by content/modules/first-steps.yaml`,
    );
  });
});
