import { lessonStatus } from '../lib/progress/status.ts';
import { activityDone, setComplete } from '../lib/progress/update.ts';
import type { Progress } from '../lib/progress/schema.ts';
import { nowInstant, progressStore } from '../client/progress.ts';
import { formatDate, useProgress } from './use-progress.ts';
import { own } from '../lib/progress/own.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

interface Props {
  slug: string;
  /** Activity ids of the lesson; a lesson with activities completes when they are done. */
  activities: string[];
  nextHref?: string | undefined;
  nextTitle?: string | undefined;
}

/** What is left before a lesson with activities completes, in words. */
function stillToDo(progress: Progress | undefined, activities: readonly string[]): string {
  const open = activities.filter((id) => !activityDone(id, (progress ? own(progress.activities, id) : undefined)?.attempts ?? []));
  const failedCheck = open.find(
    (id) => id.startsWith('check:') && ((progress ? own(progress.activities, id) : undefined)?.attempts.some((a) => !a.practice) ?? false),
  );
  const parts = [
    open.some((id) => id.startsWith('roleplay:')) ? 'finish the role-play' : '',
    open.some((id) => id.startsWith('check:')) ? 'pass the check (75% of the points)' : '',
  ].filter(Boolean);
  const retry = failedCheck ? ' Your check result so far is under the pass mark: look at what to revisit, then try it again.' : '';
  return parts.length > 0
    ? `To complete this lesson, ${parts.join(' and ')} above.${retry}`
    : 'You marked this lesson as not done. Its practice and check are done: mark it complete again when you are ready.';
}

const allActivitiesDone = (progress: Progress | undefined, activities: readonly string[]) =>
  progress !== undefined && activities.every((id) => activityDone(id, own(progress.activities, id)?.attempts ?? []));

/** The end of a lesson: its completion, and the learner's own mark for a lesson without activities. */
export default function CompleteLesson(props: Props) {
  return (
    <ErrorBoundary what="This lesson’s completion">
      <CompleteLessonView {...props} />
    </ErrorBoundary>
  );
}

function CompleteLessonView({ slug, activities, nextHref, nextTitle }: Props) {
  const progress = useProgress();
  const complete = progress ? lessonStatus(progress, slug) === 'complete' : false;
  const completedAt = (progress ? own(progress.lessons, slug) : undefined)?.completion?.at;
  const toggle = () => progressStore().update((p) => setComplete(p, slug, !complete, nowInstant()));

  return (
    <section class="complete-lesson" aria-labelledby="complete-title">
      <h2 id="complete-title">Finish the lesson</h2>
      <p aria-live="polite" class="complete-status">
        {complete && completedAt
          ? `Done: you completed this lesson on ${formatDate(completedAt)}.`
          : activities.length > 0
            ? stillToDo(progress, activities)
            : 'Read it through? Mark it complete to keep track of where you are.'}
      </p>
      <p class="complete-actions">
        {(activities.length === 0 || complete || allActivitiesDone(progress, activities)) && (
          <button type="button" class={complete ? '' : 'primary'} onClick={toggle} disabled={!progress}>
            {complete ? 'Completed ✓ (select to undo)' : 'Mark this lesson complete'}
          </button>
        )}
        {complete && nextHref && <a href={nextHref}>Next: {nextTitle}</a>}
      </p>
    </section>
  );
}
