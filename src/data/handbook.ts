import { getCollection } from 'astro:content';
import { buildHandbook, type HandbookGroup } from '../lib/course/handbook.ts';
import { formatProblems } from '../lib/course/validate.ts';
import { validateHandbook } from '../lib/course/validate-handbook.ts';
import { getCourse } from './course.ts';

let handbook: Promise<HandbookGroup[]> | undefined;

/** The handbook, validated once per build: a card that links to a missing lesson or scenario stops the build. */
export function getHandbook(): Promise<HandbookGroup[]> {
  handbook ??= load();
  return handbook;
}

async function load(): Promise<HandbookGroup[]> {
  const course = await getCourse();
  const cards = await getCollection('handbook');
  const scenarios = await getCollection('scenarios');
  const problems = validateHandbook(
    cards.map((c) => ({ filePath: c.filePath ?? c.id, data: c.data })),
    new Set(course.sequence.map((l) => l.slug)),
    scenarios.map((s) => ({ filePath: s.filePath ?? s.id, data: s.data })),
  );
  if (problems.length > 0) throw new Error(`The handbook has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  return buildHandbook(
    course,
    cards.map((c) => ({ id: c.id, data: c.data })),
    scenarios.map((s) => ({ id: s.data.id, title: s.data.title, lesson: s.data.lesson })),
  );
}
