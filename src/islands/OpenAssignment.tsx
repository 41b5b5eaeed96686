import { useEffect, useMemo, useState } from 'preact/hooks';
import { decodeAssignment, toStoredAssignment } from '../lib/assignments/assignment-link.ts';
import type { CatalogModule } from '../lib/assignments/catalog.ts';
import { lessonIndex } from '../lib/assignments/catalog.ts';
import { formatDay } from '../lib/assignments/due.ts';
import { myAssignments } from '../lib/assignments/learner.ts';
import { addAssignment } from '../lib/progress/update.ts';
import { nowInstant, progressStore } from '../client/progress.ts';
import { today } from '../client/today.ts';
import AssignmentCard from './assignments/AssignmentCard.tsx';
import { useProgress } from './use-progress.ts';
import { own } from '../lib/progress/own.ts';
import { withCatalog } from './use-catalog.tsx';

interface Props {
  modules: CatalogModule[];
}

type Opened = { kind: 'waiting' } | { kind: 'problem'; message: string } | { kind: 'added'; id: string; already: boolean; since: string };

/**
 * A learner opens `/assignment/#<link>`: the assignment is read from the link and added to My assignments
 * at once (opening it again adds nothing). A faulty link is explained and changes nothing.
 */
function OpenAssignmentView({ modules }: Props) {
  const lessons = useMemo(() => lessonIndex(modules), [modules]);
  const progress = useProgress();
  const [opened, setOpened] = useState<Opened>({ kind: 'waiting' });

  useEffect(() => {
    const read = () => {
      const decoded = decodeAssignment(window.location.hash, (slug) => lessons.has(slug));
      if (!decoded.ok) {
        setOpened({ kind: 'problem', message: decoded.message });
        return;
      }
      const store = progressStore();
      const before = own(store.$progress.get().assignments, decoded.value.id);
      if (!before) store.update((p) => addAssignment(p, toStoredAssignment(decoded.value, nowInstant())));
      const kept = own(store.$progress.get().assignments, decoded.value.id);
      setOpened({ kind: 'added', id: decoded.value.id, already: Boolean(before), since: kept?.addedAt ?? nowInstant() });
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [lessons]);

  if (opened.kind === 'waiting' || !progress) return <p class="dashboard-loading">Opening the assignment…</p>;
  if (opened.kind === 'problem') {
    return (
      <div class="message error" role="alert">
        <p>
          <strong>This assignment could not be opened.</strong>
        </p>
        <p>{opened.message}</p>
        <p>
          <a href="/progress/">See My progress</a>
        </p>
      </div>
    );
  }
  const view = myAssignments(progress, today()).find((v) => v.assignment.id === opened.id);
  return (
    <>
      <p class="message" role="status">
        {opened.already
          ? `This assignment is already in My assignments (added ${formatDay(opened.since.slice(0, 10))}). Nothing was added twice.`
          : 'Added to My assignments. It shows on the home page and on My progress, with your progress on each lesson.'}
      </p>
      {view ? (
        <AssignmentCard view={view} lessons={lessons} level={2} />
      ) : (
        <p class="message error" role="alert">
          This browser could not keep the assignment. See the notice at the bottom of the page.
        </p>
      )}
    </>
  );
}

export default withCatalog(OpenAssignmentView, 'course list');
