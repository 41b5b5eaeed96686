import { useEffect, useRef, useState } from 'preact/hooks';
import { answerIds, gradeCheck, isComplete, pointsToPass, type Answer, type CheckResult } from '../lib/checks/grade.ts';
import type { PlayableCheck } from '../lib/checks/playable.ts';
import { newSeed, scrambledOrder, seededOrder } from '../lib/practice/shuffle.ts';
import { saveAttemptLater } from './save-attempt.ts';
import { QuestionField } from './checks/QuestionField.tsx';

interface Props {
  check: PlayableCheck;
  lesson: string;
  lessonActivities: string[];
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

/** A short knowledge check: answer, see why each answer is right or wrong, pass at 75 %, try again. */
export default function KnowledgeCheck({ check, lesson, lessonActivities }: Props) {
  // The server renders one shuffled order (seeded by the check id); each attempt in the browser gets its own.
  const [seed, setSeed] = useState(check.id);
  const [answers, setAnswers] = useState(() => freshAnswers(check, check.id));
  const [result, setResult] = useState<CheckResult>();
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState<'saving' | 'yes' | 'failed'>('saving');
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
    const fresh = newSeed();
    setSeed(fresh);
    setAnswers(freshAnswers(check, fresh));
  }, [check]);

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
      .catch(() => setSaved('failed'));
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
      ref={formRef}
      onSubmit={submit}
      noValidate
    >
      {check.questions.map((question, i) => (
        <QuestionField
          key={`${seed}-${i}`}
          id={`${id}-q${i}`}
          number={i + 1}
          question={question}
          optionOrder={orders[i]!}
          answer={answers[i]}
          result={result?.questions[i]}
          onChange={(a) => setAnswer(i, a)}
        />
      ))}
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
            </p>
          </div>
          <button type="button" class="primary" onClick={retry}>
            Try again
          </button>
        </div>
      ) : (
        <p>
          <button type="submit" class="primary">
            Check my answers
          </button>
        </p>
      )}
    </form>
  );
}
