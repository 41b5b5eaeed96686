import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { answerIds, gradeCheck, isComplete, pointsToPass, type Answer, type CheckResult } from '../lib/checks/grade.ts';
import type { PlayableCheck } from '../lib/checks/playable.ts';
import { newSeed, scrambledOrder, seededOrder } from '../lib/practice/shuffle.ts';
import { NotSavedError, saveAttemptLater } from './save-attempt.ts';

const NOT_KEPT = 'Kept for this visit only: this browser is not saving progress right now. Export it from My progress to keep it.';
import { QuestionField } from './checks/QuestionField.tsx';
import { ActivityFrame, isPlain, useActivityData } from './activity-data.tsx';

interface Activity {
  lesson: string;
  lessonActivities: string[];
}

type Props = Activity &
  (
    | {
        /** The whole check: the island runs it at once. */
        check: PlayableCheck;
        /** Only its questions, controls disabled: what the page shows before the island has the check. */
        preview?: boolean;
        src?: never;
        children?: never;
      }
    | {
        /** Where the playable check is fetched from when the island hydrates (src/pages/data/checks/). */
        src: string;
        /** Its questions, rendered at build time: shown until the check arrives. */
        children?: ComponentChildren;
        check?: never;
        preview?: never;
      }
  );

/** Enough of a check to run: a stale or broken file is refused. */
const isCheck = (data: unknown): data is PlayableCheck =>
  isPlain(data) && typeof data['id'] === 'string' && Array.isArray(data['questions']) && data['questions'].every(isPlain);

/**
 * A knowledge check. On a lesson page the island gets `src` and the questions as children; it fetches the
 * check (answers and feedback) when it hydrates (client:visible), so the page carries its text once.
 */
export default function KnowledgeCheck({ lesson, lessonActivities, ...given }: Props) {
  return (
    <ActivityFrame
      data={useActivityData(given.check, given.src, isCheck)}
      what="knowledge check"
      preview={given.preview ?? false}
      firstScreen={given.children}
      render={(check) => <Run check={check} lesson={lesson} lessonActivities={lessonActivities} preview={given.preview ?? false} />}
    />
  );
}

/** Empty answers; order questions start scrambled by the attempt's seed. */
function freshAnswers(check: PlayableCheck, seed: string): (Answer | undefined)[] {
  return check.questions.map((q, i) =>
    q.type === 'order' ? { type: 'order', order: scrambledOrder(q.items.length, `${seed}#${i}`) } : undefined,
  );
}

/** The order each choice question shows its options in this attempt. */
const optionOrders = (check: PlayableCheck, seed: string) =>
  check.questions.map((q, i) => (q.type === 'order' ? [] : seededOrder(q.options.length, `${seed}#${i}`)));

const format = (points: number) => (Number.isInteger(points) ? String(points) : points.toFixed(2).replace(/0$/, ''));

/** The check itself: answer, see why each answer is right or wrong, pass at 75 %, try again. */
function Run({ check, lesson, lessonActivities, preview }: Activity & { check: PlayableCheck; preview: boolean }) {
  // The server renders one shuffled order (seeded by the check id); each attempt in the browser gets its own.
  const [seed, setSeed] = useState(check.id);
  const [answers, setAnswers] = useState(() => freshAnswers(check, check.id));
  const [result, setResult] = useState<CheckResult>();
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState<'saving' | 'yes' | 'failed' | 'memory'>('saving');
  const resultRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = `check-${check.id}`;
  const orders = optionOrders(check, seed);
  const needed = pointsToPass(check.questions.length);

  const begin = (next: string) => {
    setSeed(next);
    setAnswers(freshAnswers(check, next));
  };
  useEffect(() => {
    // (A preview keeps the server's order: it is the page's HTML until the island has the check.)
    if (preview) return;
    const fresh = newSeed();
    setSeed(fresh);
    setAnswers(freshAnswers(check, fresh));
  }, [check, preview]);

  const setAnswer = (i: number, answer: Answer) => setAnswers((all) => all.map((a, j) => (j === i ? answer : a)));

  const submit = (event: Event) => {
    event.preventDefault();
    const missing = check.questions.findIndex((q, i) => !isComplete(q, answers[i]));
    if (missing >= 0) {
      setProblem(`Answer question ${missing + 1} first.`);
      formRef.current?.querySelector<HTMLElement>(`#${id}-q${missing} input, #${id}-q${missing} button`)?.focus();
      return;
    }
    setProblem('');
    const graded = gradeCheck(check, answers as Answer[]);
    setResult(graded);
    setSaved('saving');
    saveAttemptLater({
      lesson,
      activity: `check:${check.id}`,
      lessonActivities,
      score: graded.score,
      max: graded.max,
      path: answerIds(answers as Answer[]),
      practice: false,
      seed,
      passed: graded.passed,
    })
      .then(() => setSaved('yes'))
      .catch((error: unknown) => setSaved(error instanceof NotSavedError ? 'memory' : 'failed'));
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const retry = () => {
    begin(newSeed());
    setResult(undefined);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input, button')?.focus());
  };

  const missed = result ? check.questions.flatMap((q, i) => (result.questions[i]?.correct ? [] : [{ i, prompt: q.prompt }])) : [];

  return (
    <form
      class="knowledge-check"
      data-check={check.id}
      data-state={result ? (result.passed ? 'passed' : 'failed') : 'open'}
      data-preview={preview || undefined}
      ref={formRef}
      onSubmit={submit}
      noValidate
    >
      {/* The page's HTML carries no question: they come with the check's data, when the check is scrolled to. */}
      {(preview ? [] : check.questions).map((question, i) => (
        <QuestionField
          key={`${seed}-${i}`}
          id={`${id}-q${i}`}
          number={i + 1}
          question={question}
          optionOrder={orders[i]!}
          answer={answers[i]}
          result={result?.questions[i]}
          disabled={preview}
          onChange={(a) => setAnswer(i, a)}
        />
      ))}
      {preview && <p class="meta check-loading">The {check.questions.length} questions load here when you reach them.</p>}
      <p class="check-problem" role="alert">
        {problem}
      </p>
      {result ? (
        <div class={`check-result ${result.passed ? 'passed' : 'not-passed'}`}>
          <h3 id={`${id}-result`} tabIndex={-1} ref={resultRef}>
            {result.passed ? 'Passed' : 'Not passed yet'}: {format(result.score)} of {result.max} points (
            {Math.round((result.score / result.max) * 100)}%)
          </h3>
          <div aria-live="polite">
            {result.passed ? (
              <p>
                {result.score === result.max
                  ? 'Every answer is right.'
                  : `You needed ${format(needed)} to pass. Read the feedback on the ones you missed.`}
              </p>
            ) : (
              <>
                <p>
                  You need {format(needed)} of {result.max} points to pass. Go back over these in the lesson, then try again (the options
                  come in a new order):
                </p>
                <ul class="revisit">
                  {missed.map((m) => (
                    <li key={m.i}>
                      <a href={`#${id}-q${m.i}`}>Question {m.i + 1}</a>: {m.prompt}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p>
              {saved === 'yes' &&
                (result.passed ? 'Saved to your progress.' : 'Saved to your progress; the lesson stays in progress until you pass.')}
              {saved === 'failed' && 'This result could not be saved (the page lost its connection).'}
              {saved === 'memory' && NOT_KEPT}
            </p>
          </div>
          <button type="button" class="primary" onClick={retry}>
            Try again
          </button>
        </div>
      ) : (
        <p>
          <button type="submit" class="primary" disabled={preview}>
            Check my answers
          </button>
        </p>
      )}
    </form>
  );
}
