import type { CatalogModule } from '../lib/assignments/catalog.ts';
import { lessonIndex } from '../lib/assignments/catalog.ts';
import { myAssignments } from '../lib/assignments/learner.ts';
import { today } from '../client/today.ts';
import AssignmentCard from './assignments/AssignmentCard.tsx';
import { useProgress } from './use-progress.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { withCatalog } from './use-catalog.tsx';
import type { AssignmentView } from '../lib/assignments/learner.ts';

interface Props {
  modules?: CatalogModule[];
  /** Shown when there are none; without it the section stays out of the page. */
  emptyText?: string;
}

/** "My assignments": every assignment this browser has opened, with each lesson's status and the due state. */
export default function MyAssignments(props: Props) {
  return (
    <ErrorBoundary what="Your assignments">
      <MyAssignmentsView {...props} />
    </ErrorBoundary>
  );
}

function MyAssignmentsView({ modules, emptyText }: Props) {
  const progress = useProgress();
  if (!progress) return null;
  const views = myAssignments(progress, today());
  if (views.length === 0 && !emptyText) return null;
  return (
    <section class="my-assignments" aria-labelledby="my-assignments">
      <h2 id="my-assignments">My assignments</h2>
      {views.length === 0 ? <p>{emptyText}</p> : <AssignmentCards views={views} modules={modules} />}
    </section>
  );
}

// The catalogue is fetched only when there is an assignment to show.
const AssignmentCards = withCatalog(({ views, modules }: { views: AssignmentView[]; modules: CatalogModule[] }) => {
  const lessons = lessonIndex(modules);
  return (
    <>
      {views.map((v) => (
        <AssignmentCard key={v.assignment.id} view={v} lessons={lessons} level={3} />
      ))}
    </>
  );
}, 'course list');
