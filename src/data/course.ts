import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { buildCourse, findLesson, type Course } from '../lib/course/structure.ts';
import { formatProblems, validateCourse } from '../lib/course/validate.ts';
import { validateActivities } from '../lib/course/validate-activities.ts';
import { validateHandbook } from '../lib/course/validate-handbook.ts';
import { validatePeople } from '../lib/course/validate-people.ts';
import { fileStem } from '../lib/course/files.ts';
import { lessonMinutes } from '../lib/course/duration.ts';
import { practiceWork } from '../lib/course/practice-work.ts';
import { proseWords } from '../lib/course/reading-time.ts';
import type { SequenceData } from '../schemas/sequence.ts';

let course: Promise<Course> | undefined;

/** How many lines of the file come before its body, so a problem in the body can name the file's own line. */
function linesBefore(filePath: string, body: string): number {
  try {
    const raw = readFileSync(filePath, 'utf8');
    const at = raw.lastIndexOf(body);
    return at < 0 ? 0 : raw.slice(0, at).split('\n').length - 1;
  } catch {
    return 0;
  }
}

/** The whole course, validated once per build; a broken file stops the build with every problem listed. */
export function getCourse(): Promise<Course> {
  course ??= load();
  return course;
}

async function load(): Promise<Course> {
  const modules = (await getCollection('modules')).map((m) => ({ id: m.id, filePath: m.filePath ?? m.id, data: m.data }));
  const lessons = (await getCollection('lessons')).map((l) => {
    const filePath = l.filePath ?? l.id;
    const body = l.body ?? '';
    return { id: l.id, filePath, body, data: l.data, bodyOffset: linesBefore(filePath, body) };
  });
  const scenarios = (await getCollection('scenarios')).map((s) => ({ filePath: s.filePath ?? s.id, data: s.data }));
  const checks = (await getCollection('checks')).map((c) => ({ filePath: c.filePath ?? c.id, data: c.data }));
  const sequences = await getSequences();
  const cards = (await getCollection('handbook')).map((c) => ({ filePath: c.filePath ?? c.id, data: c.data }));
  const lessonSlugs = new Set(lessons.map((l) => fileStem(l.filePath)));
  // Every rule that spans files, in one pass: a broken course lists all its problems at once.
  const problems = [
    ...validateCourse(modules, lessons),
    ...validateActivities(lessons, scenarios, checks, sequences),
    ...validateHandbook(cards, lessonSlugs, scenarios),
    ...validatePeople(lessons, scenarios),
  ];
  if (problems.length > 0) {
    throw new Error(`The course content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  }
  const work = practiceWork(
    scenarios.map((s) => s.data),
    checks.map((c) => c.data),
  );
  return buildCourse(modules, lessons, (l) => lessonMinutes({ words: proseWords(l.body).length, ...work(l.body) }));
}

/** Every taught sequence by id, for order questions and <Steps>. */
export async function getSequences(): Promise<Map<string, SequenceData>> {
  return new Map((await getCollection('sequences')).map((s) => [s.data.id, s.data]));
}

/** Progress ids of every activity in a lesson, for the completion rule its role-play and check apply. */
export async function activitiesOfLesson(slug: string): Promise<string[]> {
  return findLesson(await getCourse(), slug)?.activities ?? [];
}
