import { useEffect, useRef, useState } from 'preact/hooks';
import { lessonStatus } from '../lib/progress/status.ts';
import { activityDone, setComplete } from '../lib/progress/update.ts';
import type { Progress } from '../lib/progress/schema.ts';
import { bestAttempt } from '../lib/progress/attempts.ts';
import { completeCount, nextAfter } from '../lib/course/next-step.ts';
import { onboarding as onboardingOf } from '../lib/course/onboarding.ts';
import { lessonIndex } from '../lib/assignments/catalog.ts';
import { nowInstant, progressStore } from '../client/progress.ts';
import { today } from '../client/today.ts';
import { formatDate, useProgress } from './use-progress.ts';
import { useCatalog } from './use-catalog.tsx';
import { own } from '../lib/progress/own.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

interface Props {
  slug: string;
  /** Activity ids of the lesson; a lesson with activities completes when they are done. */
  activities: string[];
  /** The course's next lesson. */
  next?: { slug: string; title: string; href: string; forManagers: boolean } | undefined;
  /** The lesson's module: its title and every lesson slug, for "3 of 5 complete" and "Module complete". */
  module: { title: string; href: string; slugs: string[]; newHire: boolean };
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

/** "Role-play: best 83% · Check: 100%, passed", from the best attempts kept. */
function scoresLine(progress: Progress, activities: readonly string[]): string {
  return activities
    .flatMap((id) => {
      const best = bestAttempt(own(progress.activities, id)?.attempts ?? []);
      if (!best) return [];
      const percent = `${Math.round((best.score / best.max) * 100)}%`;
      return [id.startsWith('check:') ? `Check: ${percent}${best.passed ? ', passed' : ''}` : `Role-play: best ${percent}`];
    })
    .join(' · ');
}

/** The end of a lesson: still to do, or a finish with the scores, the module's progress and the one next thing. */
export default function CompleteLesson(props: Props) {
  return (
    <ErrorBoundary what="This lesson’s completion">
      <CompleteLessonView {...props} />
    </ErrorBoundary>
  );
}

function CompleteLessonView(props: Props) {
  const { slug, activities } = props;
  const progress = useProgress();
  const complete = progress ? lessonStatus(progress, slug) === 'complete' : false;
  const canComplete = activities.length === 0 || allActivitiesDone(progress, activities);
  const mark = () => progressStore().update((p) => setComplete(p, slug, true, nowInstant()));

  if (progress && complete) return <Finished {...props} progress={progress} />;
  return (
    <section class="complete-lesson" aria-labelledby="complete-title">
      <h2 id="complete-title">Finish the lesson</h2>
      <p aria-live="polite" class="complete-status">
        {activities.length > 0 ? stillToDo(progress, activities) : 'Read it through? Mark it complete to keep track of where you are.'}
      </p>
      {canComplete && (
        <p class="complete-actions">
          <button type="button" class="primary" onClick={mark} disabled={!progress}>
            Mark this lesson complete
          </button>
        </p>
      )}
    </section>
  );
}

function Finished({ slug, activities, next, module, progress }: Props & { progress: Progress }) {
  const completedAt = own(progress.lessons, slug)?.completion?.at;
  const moduleDone = completeCount(progress, module.slugs);
  const moduleComplete = moduleDone === module.slugs.length;
  const step = nextAfter(progress, slug, next?.slug, today());
  // Titles of lessons outside this page (an assignment's next lesson) and the onboarding check need the catalogue.
  const needsCatalog = step?.via === 'assignment' || (moduleComplete && module.newHire);
  const catalog = useCatalog(needsCatalog ? undefined : []);
  const lessons = lessonIndex(catalog.modules ?? []);
  const onboarding = moduleComplete && module.newHire && catalog.modules !== undefined && onboardingOf(progress, catalog.modules).complete;
  const target =
    step?.via === 'assignment'
      ? lessons.get(step.slug) && { ...lessons.get(step.slug)!, label: `Next in your assignment “${step.assignment.title}”` }
      : next && { ...next, label: next.forManagers ? 'Next, for managers' : 'Next lesson' };
  const [asking, setAsking] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const scores = scoresLine(progress, activities);

  const undo = () => {
    setAsking(false);
    void progressStore().update((p) => setComplete(p, slug, false, nowInstant()));
  };

  return (
    <section class="complete-lesson finished" aria-labelledby="complete-title">
      <h2 id="complete-title" ref={heading}>
        <span aria-hidden="true">✓ </span>Lesson complete
      </h2>
      <p class="complete-status" aria-live="polite">
        {completedAt ? `Completed on ${formatDate(completedAt)}.` : 'Completed.'}
        {scores && <span class="scores"> {scores}</span>}
      </p>
      <p class="module-progress">
        <a href={module.href}>{module.title}</a>: {moduleDone} of {module.slugs.length} {module.slugs.length === 1 ? 'lesson' : 'lessons'}{' '}
        complete
      </p>
      {moduleComplete && (
        <div class="milestone" role="status">
          <p class="milestone-title">Module complete</p>
          <p>
            You have finished every lesson of {module.title}. {next && !next.forManagers ? 'On to the next module when you are ready.' : ''}
          </p>
        </div>
      )}
      {onboarding && (
        <div class="milestone onboarding" role="status">
          <p class="milestone-title">Onboarding complete</p>
          <p>You have finished every new-hire module. Print a certificate to show your manager or HR.</p>
          <p>
            <a class="button primary" href="/certificate/">
              Get your certificate
            </a>
          </p>
        </div>
      )}
      <p class="complete-actions">
        {target ? (
          <a class={`button next-button${onboarding ? '' : ' primary'}`} href={target.href}>
            {target.label}: {target.title}
          </a>
        ) : step?.via === 'assignment' && catalog.modules === undefined ? null : !next ? (
          <span>You have reached the end of the course.</span>
        ) : null}
      </p>
      <UndoCompletion asking={asking} onAsk={() => setAsking(true)} onCancel={() => setAsking(false)} onConfirm={undo} />
    </section>
  );
}

/** Taking a completion back is a small link that asks first: a finished lesson is not undone by one stray tap. */
function UndoCompletion(props: { asking: boolean; onAsk: () => void; onCancel: () => void; onConfirm: () => void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.asking) confirm.current?.focus();
  }, [props.asking]);
  return props.asking ? (
    <div class="undo-confirm" role="group" aria-labelledby="undo-question">
      <p id="undo-question">Mark this lesson as not done? Your scores are kept.</p>
      <p class="complete-actions">
        <button type="button" ref={confirm} onClick={props.onConfirm}>
          Yes, mark it not done
        </button>
        <button type="button" onClick={props.onCancel}>
          Keep it complete
        </button>
      </p>
    </div>
  ) : (
    <p class="undo">
      <button type="button" class="link-button" onClick={props.onAsk}>
        Mark as not done
      </button>
    </p>
  );
}
