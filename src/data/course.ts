import { getCollection } from 'astro:content';
import { buildCourse, type Course } from '../lib/course/structure.ts';
import { formatProblems, validateCourse } from '../lib/course/validate.ts';
import { validateActivities } from '../lib/course/validate-activities.ts';

let course: Promise<Course> | undefined;

/** The whole course, validated once per build; a broken file stops the build with every problem listed. */
export function getCourse(): Promise<Course> {
  course ??= load();
  return course;
}

async function load(): Promise<Course> {
  const modules = (await getCollection('modules')).map((m) => ({ id: m.id, filePath: m.filePath ?? m.id, data: m.data }));
  const lessons = (await getCollection('lessons')).map((l) => ({ id: l.id, filePath: l.filePath ?? l.id, body: l.body ?? '', data: l.data }));
  const scenarios = (await getCollection('scenarios')).map((s) => ({ filePath: s.filePath ?? s.id, data: s.data }));
  const checks = (await getCollection('checks')).map((c) => ({ filePath: c.filePath ?? c.id, data: c.data }));
  const problems = [...validateCourse(modules, lessons), ...validateActivities(lessons, scenarios, checks)];
  if (problems.length > 0) {
    throw new Error(`The course content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  }
  return buildCourse(modules, lessons);
}
