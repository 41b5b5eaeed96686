import { useState } from 'preact/hooks';
import type { PlayableQuestion } from '../../lib/checks/playable.ts';
import type { Answer, QuestionResult } from '../../lib/checks/grade.ts';

interface Props {
  id: string;
  number: number;
  question: PlayableQuestion;
  /** The order this attempt shows the options in (indices into the question's options). */
  optionOrder: readonly number[];
  answer: Answer | undefined;
  result: QuestionResult | undefined;
  /** The page's first screen, before the island has the check: shown, not answerable yet. */
  disabled?: boolean;
  onChange: (answer: Answer) => void;
}

const move = (order: readonly number[], from: number, to: number) => {
  const next = [...order];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/** One question: radio buttons, checkboxes, or a list to put in order with move buttons. */
export function QuestionField({ id, number, question, optionOrder, answer, result, disabled = false, onChange }: Props) {
  const locked = result !== undefined;
  const [moved, setMoved] = useState('');
  const verdict = result && (
    <p class={`verdict ${result.correct ? 'right' : 'wrong'}`}>
      <strong>
        {result.correct ? 'Right.' : result.credit > 0 ? `Partly right: ${Math.round(result.credit * 100)}% of the point.` : 'Not quite.'}
      </strong>
    </p>
  );

  if (question.type === 'order') {
    const order = answer?.type === 'order' ? answer.order : [];
    // Keeps focus on the moved item (its other button once one end is reached) and says where it went.
    const shift = (position: number, by: -1 | 1, text: string) => {
      const next = move(order, position, position + by);
      onChange({ type: 'order', order: next });
      setMoved(`Moved to position ${position + by + 1} of ${order.length}: ${text}`);
      requestAnimationFrame(() => {
        const buttons = document.querySelectorAll<HTMLButtonElement>(`#${id} li[data-item="${order[position]}"] button`);
        const [up, down] = [buttons[0], buttons[1]];
        const preferred = by < 0 ? up : down;
        (preferred && !preferred.disabled ? preferred : by < 0 ? down : up)?.focus();
      });
    };
    return (
      <fieldset class="question order" id={id} disabled={disabled}>
        <legend>
          <span class="q-number">{number}.</span> {question.prompt}
        </legend>
        <p class="hint" id={`${id}-hint`}>
          Use the Up and Down buttons to put the steps in order, first at the top.
        </p>
        <ol class="order-list" aria-describedby={`${id}-hint`}>
          {order.map((itemIndex, position) => {
            const text = question.items[itemIndex]!;
            const placed = result?.placed[position];
            return (
              <li key={itemIndex} data-item={itemIndex} class={placed ? (placed.rightPlace ? 'right' : 'wrong') : ''}>
                <span class="order-text">{text}</span>
                {placed && <span class="order-mark">{placed.rightPlace ? ' (right place)' : ' (wrong place)'}</span>}
                {!locked && (
                  <span class="order-buttons">
                    <button
                      type="button"
                      disabled={position === 0}
                      aria-label={`Move up: ${text}`}
                      onClick={() => shift(position, -1, text)}
                    >
                      Up
                    </button>
                    <button
                      type="button"
                      disabled={position === order.length - 1}
                      aria-label={`Move down: ${text}`}
                      onClick={() => shift(position, 1, text)}
                    >
                      Down
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
        <p class="visually-hidden" aria-live="polite">
          {locked ? '' : moved}
        </p>
        {verdict}
        {result && !result.correct && (
          <p class="out-of-place">
            Out of place:{' '}
            {result.placed
              .filter((p) => !p.rightPlace)
              .map((p) => `“${p.item}”`)
              .join(', ')}
            .
          </p>
        )}
        {result && !result.correct && (
          <div class="right-order">
            <p>The right order:</p>
            <ol>
              {question.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          </div>
        )}
        {result?.feedback && <p class="option-feedback">{result.feedback}</p>}
      </fieldset>
    );
  }

  const multiple = question.type === 'multiple';
  const picked = new Set(answer?.type === 'single' ? [answer.choice] : answer?.type === 'multiple' ? answer.choices : []);
  const toggle = (i: number) => {
    if (!multiple) return onChange({ type: 'single', choice: i });
    const next = new Set(picked);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    onChange({ type: 'multiple', choices: [...next].sort((a, b) => a - b) });
  };

  return (
    <fieldset class={`question ${question.type}`} id={id} disabled={disabled}>
      <legend>
        <span class="q-number">{number}.</span> {question.prompt}
      </legend>
      {multiple && <p class="hint">Choose all that apply.</p>}
      <ul class="options">
        {optionOrder.map((i) => {
          const option = question.options[i]!;
          const v = result?.options[i];
          const show = v && (v.picked || v.correct);
          return (
            <li key={i} class={v ? `${v.correct ? 'is-correct' : 'is-wrong'} ${v.picked ? 'picked' : ''}` : ''}>
              <label>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={id}
                  checked={picked.has(i)}
                  disabled={locked}
                  onChange={() => toggle(i)}
                />{' '}
                {option.text}
              </label>
              {show && (
                <p class="option-feedback">
                  <strong>{v.correct ? (v.picked ? 'Right answer, well chosen.' : 'A right answer you missed.') : 'Not right.'}</strong>{' '}
                  {v.feedback}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {verdict}
    </fieldset>
  );
}
