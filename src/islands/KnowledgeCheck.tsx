import { useRef, useState } from 'preact/hooks';
import type { CheckData } from '../schemas/check.ts';
import { answerIds, gradeCheck, isComplete, type Answer, type CheckResult } from '../lib/checks/grade.ts';
import { scrambledOrder } from '../lib/checks/shuffle.ts';
import { saveAttemptLater } from './save-attempt.ts';
import { QuestionField } from './checks/QuestionField.tsx';

interface Props {
  check: CheckData;
  lesson: string;
  lessonActivities: string[];
}

/** Empty answers; order questions start scrambled, the same way on the server and in the browser. */
function freshAnswers(check: CheckData): (Answer | undefined)[] {
  return check.questions.map((q, i) => (q.type === 'order' ? { type: 'order', order: scrambledOrder(q.items.length, `${check.id}#${i}`) } : undefined));
}

/** A short knowledge check: answer, see why each answer is right or wrong, try again. */
export default function KnowledgeCheck({ check, lesson, lessonActivities }: Props) {
  const [answers, setAnswers] = useState(() => freshAnswers(check));
  const [result, setResult] = useState<CheckResult>();
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState<'saving' | 'yes' | 'failed'>('saving');
  const resultRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = `check-${check.id}`;

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
    saveAttemptLater({ lesson, activity: `check:${check.id}`, lessonActivities, score: graded.score, max: graded.max, path: answerIds(answers as Answer[]), practice: false })
      .then(() => setSaved('yes'))
      .catch(() => setSaved('failed'));
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const retry = () => {
    setAnswers(freshAnswers(check));
    setResult(undefined);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input, button')?.focus());
  };

  return (
    <form class="knowledge-check" data-check={check.id} data-state={result ? 'graded' : 'open'} ref={formRef} onSubmit={submit} noValidate>
      {check.questions.map((question, i) => (
        <QuestionField
          key={i}
          id={`${id}-q${i}`}
          number={i + 1}
          question={question}
          answer={answers[i]}
          result={result?.questions[i]}
          onChange={(a) => setAnswer(i, a)}
        />
      ))}
      <p class="check-problem" role="alert">{problem}</p>
      {result ? (
        <div class="check-result">
          <h3 id={`${id}-result`} tabIndex={-1} ref={resultRef}>
            You got {result.score} of {result.max} right
          </h3>
          <p aria-live="polite">
            {result.score === result.max ? 'Well done: every answer is right.' : 'Read the feedback under each question, then try again if you like.'}
            {saved === 'yes' && ' Saved to your progress.'}
            {saved === 'failed' && ' This result could not be saved (the page lost its connection).'}
          </p>
          <button type="button" class="primary" onClick={retry}>Try again</button>
        </div>
      ) : (
        <p><button type="submit" class="primary">Check my answers</button></p>
      )}
    </form>
  );
}
