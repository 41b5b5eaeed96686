import { getCollection } from 'astro:content';
import { buildHandbook, type HandbookGroup } from '../lib/course/handbook.ts';
import { searchedSituation } from '../lib/roleplay/script.ts';
import { getCourse } from './course.ts';

let handbook: Promise<HandbookGroup[]> | undefined;

/** The handbook, built once per build (getCourse has already checked its links to lessons and scenarios). */
export function getHandbook(): Promise<HandbookGroup[]> {
  handbook ??= load();
  return handbook;
}

async function load(): Promise<HandbookGroup[]> {
  const course = await getCourse();
  const cards = await getCollection('handbook');
  const scenarios = await getCollection('scenarios');
  return buildHandbook(
    course,
    cards.map((c) => ({ id: c.id, data: c.data })),
    scenarios.map((s) => ({
      id: s.data.id,
      title: s.data.title,
      lesson: s.data.lesson,
      situation: searchedSituation(s.data),
    })),
  );
}
