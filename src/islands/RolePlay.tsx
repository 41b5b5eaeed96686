import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  choose,
  currentNode,
  customerLine,
  decisionAt,
  isFinished,
  outcome,
  pathIds,
  replyOrder,
  rewindTo,
  start,
  stepBack,
  trapsOf,
  type PlayState,
} from '../lib/roleplay/engine.ts';
import { newSeed } from '../lib/practice/shuffle.ts';
import { moodChange } from '../lib/roleplay/mood.ts';
import { isEnding, type Scenario } from '../lib/roleplay/types.ts';
import { TRAPS } from '../lib/roleplay/traps.ts';
import { NotSavedError, saveAttemptLater } from './save-attempt.ts';
import { ActivityFrame, isPlain, useActivityData } from './activity-data.tsx';
import { ConversationMap } from './roleplay/ConversationMap.tsx';
import { MoodMeter } from './roleplay/MoodMeter.tsx';
import { Avatar } from './roleplay/Avatar.tsx';
import { OutcomePanel } from './roleplay/OutcomePanel.tsx';

interface Activity {
  lesson: string;
  /** Progress ids of every activity in the lesson, for the completion rule. */
  lessonActivities: string[];
}

type Props = Activity &
  (
    | {
        /** The whole scenario: the island plays it at once. */
        scenario: Scenario;
        /** Only its first screen, replies disabled: what the page shows before the island has the scenario. */
        preview?: boolean;
        src?: never;
        children?: never;
      }
    | {
        /** Where the whole scenario is fetched from when the island hydrates (src/pages/data/scenarios/). */
        src: string;
        /** Its first screen, rendered at build time: shown until the scenario arrives. */
        children?: ComponentChildren;
        scenario?: never;
        preview?: never;
      }
  );

/** Enough of a scenario to play: a stale or broken file is refused, not played. */
const isScenario = (data: unknown): data is Scenario =>
  isPlain(data) &&
  typeof data['id'] === 'string' &&
  isPlain(data['persona']) &&
  isPlain(data['nodes']) &&
  typeof data['start'] === 'string' &&
  isPlain(data['nodes'][data['start']]);

/**
 * A role-play. On a lesson page the island gets `src` and the first screen as children; it fetches the
 * scenario when it hydrates (client:visible), so the page carries the scenario's text once.
 */
export default function RolePlay({ lesson, lessonActivities, ...given }: Props) {
  return (
    <ActivityFrame
      data={useActivityData(given.scenario, given.src, isScenario)}
      what="role-play"
      preview={given.preview ?? false}
      firstScreen={given.children}
      render={(scenario) => (
        <Play scenario={scenario} lesson={lesson} lessonActivities={lessonActivities} preview={given.preview ?? false} />
      )}
    />
  );
}

/** The role-play itself: the learner talks a customer through a situation, one reply at a time. */
function Play({ scenario, lesson, lessonActivities, preview }: Activity & { scenario: Scenario; preview: boolean }) {
  // The server renders one shuffled order (seeded by the scenario id); each attempt in the browser gets its own.
  const [state, setState] = useState<PlayState>(() => start(scenario, scenario.id));
  // (A preview keeps the server's order: it is the page's HTML until the island has the scenario.)
  useEffect(() => {
    if (!preview) setState((s) => (s.path.length === 0 && s.seed === scenario.id ? start(scenario, newSeed()) : s));
  }, [scenario, preview]);
  const [announcement, setAnnouncement] = useState('');
  const [saved, setSaved] = useState<'no' | 'saving' | 'yes' | 'practice' | 'failed' | 'memory'>('no');
  const lineRef = useRef<HTMLParagraphElement>(null);
  const youRef = useRef<HTMLLIElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // Counts runs, so a save that finishes after "Try again" cannot mark the new run as saved.
  const run = useRef(0);
  const { persona } = scenario;
  const node = currentNode(scenario, state);
  const finished = isFinished(scenario, state);
  const first = persona.name.split(' ')[0] ?? persona.name;
  const id = `roleplay-${scenario.id}`;
  const last = state.path.at(-1);

  useEffect(() => {
    if (!moved.current) return;
    if (finished) {
      resultRef.current?.focus();
      return;
    }
    // Focus goes to the customer's new line (screen readers hear it); the view starts at your reply, so the
    // reply, the reaction and the coach's note are on screen together, under the pinned mood meter.
    lineRef.current?.focus({ preventScroll: true });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    (youRef.current ?? lineRef.current)?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }, [state, finished]);

  useEffect(() => {
    if (!finished || saved !== 'no') return;
    setSaved('saving');
    const practice = state.practice;
    const mine = run.current;
    saveAttemptLater({
      lesson,
      activity: `roleplay:${scenario.id}`,
      lessonActivities,
      score: state.score,
      max: outcome(scenario, state).best,
      path: pathIds(state),
      practice: state.practice,
      seed: state.seed,
      traps: trapsOf(scenario, state),
    })
      .then(() => mine === run.current && setSaved(practice ? 'practice' : 'yes'))
      .catch((error: unknown) => mine === run.current && setSaved(error instanceof NotSavedError ? 'memory' : 'failed'));
  }, [finished, saved, state, scenario, lesson, lessonActivities]);

  const go = (next: PlayState, message: string) => {
    moved.current = true;
    setState(next);
    setAnnouncement(message);
  };

  const pick = (index: number) => {
    const choice = decisionAt(scenario, state.node).choices[index]!;
    const next = choose(scenario, state, index);
    // The customer's reaction first, then the coach's note, as the screen shows them.
    go(next, `${first}: ${customerLine(scenario, next)} ${first} feels ${moodChange(state.mood, next.mood)}. Coach: ${choice.feedback}`);
  };

  const restart = () => {
    run.current += 1;
    setSaved('no');
    go(start(scenario, newSeed()), 'Starting again from the beginning. The replies are in a new order.');
  };

  const replayFrom = (step: number) => {
    run.current += 1;
    setSaved('no');
    go(rewindTo(scenario, state, step), `Back at decision ${step + 1}. This run now counts as practice.`);
  };

  const back = () => go(stepBack(scenario, state), 'Stepped back one reply. This run now counts as practice.');

  return (
    <div
      class="roleplay"
      data-roleplay={scenario.id}
      data-state={finished ? 'ended' : state.path.length > 0 ? 'playing' : 'ready'}
      data-seeded={state.seed !== scenario.id}
      data-preview={preview || undefined}
    >
      <div class="persona">
        <p class="persona-who">
          <strong>{persona.name}</strong> · {persona.setting}
        </p>
        <p>{persona.situation}</p>
        <p class="persona-you">
          <strong>You are:</strong> {scenario.you}
        </p>
      </div>

      <MoodMeter name={first} mood={state.mood} change={last ? last.moodAfter - last.moodBefore : undefined} />

      {/* A conversation in bubbles. After each reply: what you said, then the customer's reaction (their next
          line and how their mood moved), then the coach's note, so all three fit on a phone screen at once. */}
      <ol class="conversation" aria-label={`Conversation with ${persona.name}`}>
        <li class={`bubble customer${state.path.length === 0 ? ' current' : ''}`}>
          <Avatar name={persona.name} />
          <p class="line" tabIndex={-1} {...(state.path.length === 0 && { ref: lineRef })}>
            <span class="speaker">{first}:</span> {decisionAt(scenario, scenario.start).customer}
          </p>
        </li>
        {state.path.map((step, i) => {
          const choice = decisionAt(scenario, step.node).choices[step.choice]!;
          const latest = i === state.path.length - 1;
          const nextLine = latest ? customerLine(scenario, state) : decisionAt(scenario, state.path[i + 1]!.node).customer;
          return (
            <Fragment key={`${i}-${step.node}`}>
              <li class="bubble you" {...(latest && { ref: youRef })}>
                <p class="line">
                  <span class="speaker">You:</span> {choice.reply}
                </p>
              </li>
              <li class={`bubble customer${latest ? ' current' : ''}`}>
                <Avatar name={persona.name} />
                <div>
                  <p class="line" tabIndex={-1} {...(latest && { ref: lineRef })}>
                    <span class="speaker">{first}:</span> {nextLine}
                  </p>
                  <p class={`reaction ${step.moodAfter >= step.moodBefore ? 'up' : 'down'}`}>
                    {first} feels {moodChange(step.moodBefore, step.moodAfter)}
                  </p>
                </div>
              </li>
              <li class={`feedback points-${choice.points}`}>
                <span class="feedback-label">
                  Coach: {choice.points === 2 ? 'strong reply.' : choice.points === 1 ? 'could be better.' : 'this hurt.'}
                </span>{' '}
                {choice.feedback}
                {choice.trap && <span class="trap"> Habit: {TRAPS[choice.trap].label.toLowerCase()}.</span>}
              </li>
            </Fragment>
          );
        })}
      </ol>

      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {!isEnding(node) && (
        <fieldset class="replies" disabled={preview}>
          <legend>What do you say?</legend>
          <ul>
            {replyOrder(scenario, state, state.node).map((i) => (
              <li key={`${state.node}-${i}`}>
                <button type="button" class="reply" onClick={() => pick(i)}>
                  {node.choices[i]!.reply}
                </button>
              </li>
            ))}
          </ul>
          {state.path.length > 0 && (
            <p class="step-back">
              <button type="button" onClick={back}>
                Step back one reply
              </button>{' '}
              <span class="hint">(the run then counts as practice)</span>
            </p>
          )}
        </fieldset>
      )}

      {finished && (
        <>
          <OutcomePanel
            id={id}
            scenario={scenario}
            result={outcome(scenario, state)}
            practice={state.practice}
            saved={saved}
            headingRef={resultRef}
            onRestart={restart}
            onReplay={replayFrom}
          />
          <ConversationMap scenario={scenario} state={state} />
        </>
      )}
    </div>
  );
}
