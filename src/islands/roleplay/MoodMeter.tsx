import { moodLabel } from '../../lib/roleplay/mood.ts';

/**
 * The customer's mood as words and a number, with a bar as a visual aid only; pinned to the top of the screen
 * while the conversation scrolls, with the last change beside it.
 */
export function MoodMeter({ name, mood, change }: { name: string; mood: number; change?: number | undefined }) {
  return (
    <div class="mood">
      <p class="mood-text">
        {name}'s mood: <strong>{moodLabel(mood)}</strong> <span class="mood-number">({mood} of 100)</span>
        {change !== undefined && change !== 0 && (
          <span class={`mood-delta ${change > 0 ? 'up' : 'down'}`}> {change > 0 ? `▲ +${change}` : `▼ ${change}`}</span>
        )}
      </p>
      <div class="mood-scale" aria-hidden="true">
        <span class="mood-end">Mad</span>
        {/* A native meter: no inline style (the CSP forbids it), and colours from low / high / optimum. */}
        <meter class="mood-bar" min={0} max={100} low={40} high={60} optimum={100} value={mood} />
        <span class="mood-end">Glad</span>
      </div>
    </div>
  );
}
