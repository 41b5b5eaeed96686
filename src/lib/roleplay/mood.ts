/** Words for a mood from 0 (mad) to 100 (glad), so the meter never relies on colour alone. */
export function moodLabel(mood: number): string {
  if (mood >= 80) return 'delighted';
  if (mood >= 60) return 'pleased';
  if (mood >= 40) return 'unsure';
  if (mood >= 20) return 'annoyed';
  return 'angry';
}

/** How a mood change reads, e.g. "+10 (warmer)". */
export function moodChange(before: number, after: number): string {
  const delta = after - before;
  if (delta === 0) return 'no change';
  return delta > 0 ? `warmer (+${delta})` : `cooler (${delta})`;
}
