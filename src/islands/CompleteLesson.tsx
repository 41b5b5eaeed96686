import { lessonStatus } from '../lib/progress/status.ts';
import { setComplete } from '../lib/progress/update.ts';
import { nowInstant, progressStore } from '../client/progress.ts';
import { formatDate, useProgress } from './use-progress.ts';

interface Props {
  slug: string;
  /** Activity ids of the lesson; a lesson with activities completes when they are done. */
  activities: string[];
  nextHref?: string | undefined;
  nextTitle?: string | undefined;
}

/** The end of a lesson: its completion, and the learner's own mark for a lesson without activities. */
export default function CompleteLesson({ slug, activities, nextHref, nextTitle }: Props) {
  const progress = useProgress();
  const complete = progress ? lessonStatus(progress, slug) === 'complete' : false;
  const completedAt = progress?.lessons[slug]?.completion?.at;
  const toggle = () => progressStore().update((p) => setComplete(p, slug, !complete, nowInstant()));

  return (
    <section class="complete-lesson" aria-labelledby="complete-title">
      <h2 id="complete-title">Finish the lesson</h2>
      <p aria-live="polite" class="complete-status">
        {complete && completedAt
          ? `Done: you completed this lesson on ${formatDate(completedAt)}.`
          : activities.length > 0
            ? 'Finish the practice and the check above to complete this lesson.'
            : 'Read it through? Mark it complete to keep track of where you are.'}
      </p>
      <p class="complete-actions">
        {(activities.length === 0 || complete) && (
          <button type="button" class={complete ? '' : 'primary'} onClick={toggle} disabled={!progress}>
            {complete ? 'Completed ✓ (select to undo)' : 'Mark this lesson complete'}
          </button>
        )}
        {complete && nextHref && <a href={nextHref}>Next: {nextTitle}</a>}
      </p>
    </section>
  );
}
