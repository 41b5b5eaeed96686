import { handbookTopics, type HandbookCardData, type HandbookTopic } from '../../schemas/handbook.ts';
import type { Course, CourseLesson } from './structure.ts';

export interface HandbookCard {
  id: string;
  title: string;
  summary: string;
  topic: HandbookTopic;
  href: string;
  questions: string[];
  /** The lessons that teach it, in course order. */
  lessons: CourseLesson[];
  /** Role-plays that train it, with the lesson that hosts each and the situation each acts out (searched with the card). */
  practise: { id: string; title: string; href: string; situation: string }[];
  data: HandbookCardData;
}

export interface HandbookGroup {
  topic: HandbookTopic;
  label: string;
  cards: HandbookCard[];
}

export const cardHref = (id: string) => `/handbook/${id}/`;
/** Where a scenario is played: its section in the lesson page. */
export const practiseHref = (lesson: CourseLesson, scenarioId: string) => `${lesson.href}#practise-${scenarioId}`;

export interface CardInput {
  id: string;
  data: HandbookCardData;
}

/** Cards linked to their lessons and role-plays, grouped by topic in the index order. */
export function buildHandbook(
  course: Course,
  cards: readonly CardInput[],
  scenarios: readonly { id: string; title: string; lesson: string; situation: string }[],
): HandbookGroup[] {
  const bySlug = new Map(course.sequence.map((l, i) => [l.slug, { lesson: l, position: i }]));
  const linked = cards.map((c): HandbookCard => ({
    id: c.id,
    title: c.data.title,
    summary: c.data.summary,
    topic: c.data.topic,
    href: cardHref(c.id),
    questions: c.data.questions,
    lessons: c.data.lessons
      .map((slug) => bySlug.get(slug))
      .filter((x) => x !== undefined)
      .sort((a, b) => a.position - b.position)
      .map((x) => x.lesson),
    practise: c.data.practise.flatMap((id) => {
      const scenario = scenarios.find((s) => s.id === id);
      const host = scenario && bySlug.get(scenario.lesson)?.lesson;
      return scenario && host ? [{ id, title: scenario.title, href: practiseHref(host, id), situation: scenario.situation }] : [];
    }),
    data: c.data,
  }));
  return (Object.keys(handbookTopics) as HandbookTopic[])
    .map((topic) => ({
      topic,
      label: handbookTopics[topic],
      cards: linked.filter((c) => c.topic === topic).sort((a, b) => a.data.order - b.data.order),
    }))
    .filter((g) => g.cards.length > 0);
}

/** The cards that summarise a lesson, for its "In the handbook" links back. */
export const cardsForLesson = (groups: readonly HandbookGroup[], slug: string) =>
  groups.flatMap((g) => g.cards).filter((c) => c.lessons.some((l) => l.slug === slug));
