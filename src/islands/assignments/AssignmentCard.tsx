import type { CatalogLesson } from '../../lib/assignments/catalog.ts';
import { dueLabel, formatDay } from '../../lib/assignments/due.ts';
import type { AssignmentView } from '../../lib/assignments/learner.ts';
import AssignmentItems from './AssignmentItems.tsx';
import ReportMaker from './ReportMaker.tsx';

interface Props {
  view: AssignmentView;
  lessons: ReadonlyMap<string, CatalogLesson>;
  /** Heading level of the assignment's title. */
  level: 2 | 3;
}

/** One assignment: who sent it, when it is due, each lesson's status, and the report. */
export default function AssignmentCard({ view, lessons, level }: Props) {
  const { assignment: a, items, done, due } = view;
  const Heading = level === 2 ? 'h2' : 'h3';
  const minutes = a.items.reduce((sum, slug) => sum + (lessons.get(slug)?.minutes ?? 0), 0);
  return (
    <article class="assignment-card" aria-labelledby={`as-${a.id}`} data-assignment={a.id}>
      <Heading id={`as-${a.id}`} class="assignment-title">
        {a.title}
      </Heading>
      <p class="assignment-meta">
        <span class="due-state" data-due={due.kind}>
          {dueLabel(due)}
        </span>
        {a.due && <span> · due {formatDay(a.due)}</span>}
        {a.by && <span> · from {a.by}</span>}
        {a.team && <span> · {a.team}</span>}
      </p>
      <p class="assignment-count">
        {done} of {items.length} {items.length === 1 ? 'lesson' : 'lessons'} complete, about {minutes} minutes in all.
      </p>
      {a.note && <p class="note">{a.note}</p>}
      <AssignmentItems items={items} lessons={lessons} />
      <details class="report-details">
        <summary>Make a completion report</summary>
        <ReportMaker assignment={a} lessons={lessons} />
      </details>
    </article>
  );
}
