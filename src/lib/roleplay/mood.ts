import type { EndingBand } from './types.ts';

/** Words for a mood from 0 (mad) to 100 (glad), so the meter never relies on colour alone. */
export function moodLabel(mood: number): string {
  if (mood >= 80) return 'delighted';
  if (mood >= 60) return 'pleased';
  if (mood >= 40) return 'unsure';
  if (mood >= 20) return 'annoyed';
  return 'angry';
}

/** Lowest mood of each ending band: the mood on arrival decides how the conversation ends. */
export const BAND_FLOOR = { glad: 60, unsure: 40, mad: 0 } as const satisfies Record<EndingBand, number>;

/** The ending band a mood falls in; the meter's words agree with it (pleased or better is glad, unsure is unsure). */
export function bandOf(mood: number): EndingBand {
  if (mood >= BAND_FLOOR.glad) return 'glad';
  if (mood >= BAND_FLOOR.unsure) return 'unsure';
  return 'mad';
}

/** How a mood change reads, e.g. "+10 (warmer)". */
export function moodChange(before: number, after: number): string {
  const delta = after - before;
  if (delta === 0) return 'no change';
  return delta > 0 ? `warmer (+${delta})` : `cooler (${delta})`;
}

export const clampMood = (mood: number) => Math.max(0, Math.min(100, mood));
