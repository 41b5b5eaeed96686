import type { Audience } from '../../schemas/audience.ts';
import type { LessonEntry, ModuleEntry } from './types.ts';
import { activitiesIn, activityKey } from './activities.ts';

export interface CourseLesson {
  /** File name without extension; unique across the course. */
  slug: string;
  /** Content-layer id, `<module>/<slug>`, for `render()`. */
  entryId: string;
  moduleId: string;
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  audience: Audience[];
  href: string;
  /** 1-based position in its module. */
  number: number;
  /** Progress ids of the lesson's role-plays and checks, in page order (`roleplay:<id>`, `check:<id>`). */
  activities: string[];
  /** Everyday questions the lesson answers. */
  questions: string[];
  tags: string[];
}

export interface CourseModule {
  id: string;
  title: string;
  /** One emoji, or none. */
  icon: string | undefined;
  summary: string;
  audience: Audience[];
  /** 1-based position in the course. */
  number: number;
  href: string;
  lessons: CourseLesson[];
  minutes: number;
}

export interface Course {
  modules: CourseModule[];
  /** Every lesson in reading order, across module boundaries. */
  sequence: CourseLesson[];
}

export const moduleHref = (moduleId: string) => `/modules/${moduleId}/`;
export const lessonHref = (moduleId: string, slug: string) => `/modules/${moduleId}/${slug}/`;

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

/** Orders modules and lessons and links them; assumes `validateCourse` found nothing. */
export function buildCourse(
  modules: readonly ModuleEntry[],
  lessons: readonly LessonEntry[],
  minutesOf: (lesson: LessonEntry) => number,
): Course {
  const ordered = [...modules].sort(byOrder).map((m, i): CourseModule => {
    const own = lessons
      .filter((l) => l.data.module === m.data.id)
      .sort(byOrder)
      .map((l, j): CourseLesson => {
        const slug = l.id.replace(/^.*\//, '');
        return {
          slug,
          entryId: l.id,
          moduleId: m.data.id,
          title: l.data.title,
          summary: l.data.summary,
          minutes: minutesOf(l),
          objectives: l.data.objectives,
          audience: l.data.audience,
          href: lessonHref(m.data.id, slug),
          number: j + 1,
          activities: activitiesIn(l.body).map(activityKey),
          questions: l.data.questions,
          tags: l.data.tags,
        };
      });
    return {
      id: m.data.id,
      title: m.data.title,
      icon: m.data.icon,
      summary: m.data.summary,
      audience: m.data.audience,
      number: i + 1,
      href: moduleHref(m.data.id),
      lessons: own,
      minutes: own.reduce((sum, l) => sum + l.minutes, 0),
    };
  });
  return { modules: ordered, sequence: ordered.flatMap((m) => m.lessons) };
}

/** The lessons before and after a lesson in reading order, crossing module boundaries. */
export function neighbours(course: Course, slug: string): { previous?: CourseLesson; next?: CourseLesson } {
  const i = course.sequence.findIndex((l) => l.slug === slug);
  if (i < 0) return {};
  const previous = course.sequence[i - 1];
  const next = course.sequence[i + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}

export const audienceLabel: Record<Audience, string> = { 'new-hire': 'New hires', manager: 'Managers' };

export const findLesson = (course: Course, slug: string) => course.sequence.find((l) => l.slug === slug);
