import type { CatalogLesson } from '../../lib/assignments/catalog.ts';
import type { LessonStatus } from '../../lib/progress/status.ts';
import { statusLabel } from '../../lib/progress/status.ts';

interface Props {
  items: { slug: string; status: LessonStatus }[];
  lessons: ReadonlyMap<string, CatalogLesson>;
}

/** An assignment's lessons, each with its link, minutes and the learner's status. */
export default function AssignmentItems({ items, lessons }: Props) {
  return (
    <ul class="assignment-items">
      {items.map(({ slug, status }) => {
        const lesson = lessons.get(slug);
        return (
          <li key={slug}>
            {lesson ? <a href={lesson.href}>{lesson.title}</a> : <span>{slug}</span>}
            {lesson && <span class="meta"> {lesson.minutes} min</span>}
            <span class="status-mark" data-status={status}>
              {statusLabel[status]}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
