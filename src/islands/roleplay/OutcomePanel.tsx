import type { Ref } from 'preact';
import type { Outcome } from '../../lib/roleplay/engine.ts';
import type { Scenario } from '../../lib/roleplay/types.ts';
import { TRAPS } from '../../lib/roleplay/traps.ts';

interface Props {
  id: string;
  scenario: Scenario;
  result: Outcome;
  practice: boolean;
  saved: 'no' | 'saving' | 'yes' | 'practice' | 'failed' | 'memory';
  headingRef: Ref<HTMLHeadingElement>;
  onRestart: () => void;
  onReplay: (step: number) => void;
}

const bandText = { glad: 'leaves glad', unsure: 'leaves unsure', mad: 'leaves mad' } as const;

/** The ending: how it went, the score, and a review of every decision with a better reply where one was missed. */
export function OutcomePanel({ id, scenario, result, practice, saved, headingRef, onRestart, onReplay }: Props) {
  const first = scenario.persona.name.split(' ')[0];
  const percent = Math.round(result.share * 100);
  return (
    <section class={`outcome band-${result.ending}`} aria-labelledby={`${id}-result`}>
      <h3 id={`${id}-result`} tabIndex={-1} ref={headingRef}>
        {first} {bandText[result.ending]}
      </h3>
      <p class="outcome-text">{result.variant.outcome}</p>
      {result.traps.length > 0 && (
        <p class="outcome-traps">
          <strong>Habits that cost you this run:</strong> {[...new Set(result.traps)].map((t) => TRAPS[t].label.toLowerCase()).join(', ')}.
        </p>
      )}
      <p class="score">
        Score:{' '}
        <strong>
          {result.score} of {result.best}
        </strong>{' '}
        points ({percent}%). {saved === 'yes' && 'Saved to your progress.'}
        {saved === 'practice' && 'Practice run: saved, but it does not count as your best score.'}
        {saved === 'failed' && 'This result could not be saved (the page lost its connection); try again once you are back online.'}
        {saved === 'memory' &&
          'Kept for this visit only: this browser is not saving progress right now. Export it from My progress to keep it.'}
      </p>
      <p class="outcome-actions">
        <button type="button" class="primary" onClick={onRestart}>
          Try again
        </button>
      </p>
      <h4>Your decisions</h4>
      <ol class="review">
        {result.review.map((item) => (
          <li key={item.step}>
            <p class="line customer">
              <span class="speaker">{first}:</span> {item.customer}
            </p>
            <p class="line you">
              <span class="speaker">You said:</span> {item.chosen.reply}
            </p>
            <p class="coach">
              <strong>Coach:</strong> {item.chosen.feedback}
              {item.chosen.trap && ` (Habit: ${TRAPS[item.chosen.trap].label.toLowerCase()}.)`}
            </p>
            {item.better ? (
              <p class="better">
                <strong>A better reply:</strong> “{item.better.reply}” {item.better.feedback}
              </p>
            ) : (
              <p class="better best">You chose the best reply here.</p>
            )}
            <button type="button" onClick={() => onReplay(item.step)}>
              Replay from decision {item.step + 1}
            </button>
          </li>
        ))}
      </ol>
      {practice && <p class="hint">You stepped back or replayed during this run, so it counts as practice.</p>}
    </section>
  );
}
