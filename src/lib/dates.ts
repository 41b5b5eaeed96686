/**
 * The one rule for dates anywhere a learner, a link or a file can put one: a real calendar date in a sane
 * range. `2026-13-45` or year 9999 is refused, never handed to Date and Intl to throw or print nonsense.
 */
export const EARLIEST_YEAR = 2000;
export const LATEST_YEAR = 2100;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}Z$/;

/** `YYYY-MM-DD` that exists on the calendar, in 2000..2100. */
export function isRealDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A moment as `Date.prototype.toISOString()` writes it (UTC, milliseconds), on a real day, in range. */
export function isRealInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  return m !== null && isRealDay(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 60;
}

/** How far ahead of this device's clock another device's clock may run before its dates stop counting. */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** Whether an instant lies further in the future than clock skew explains (a wrong clock, or a crafted file). */
export const isFuture = (instant: string, now: string) => Date.parse(instant) - Date.parse(now) > CLOCK_SKEW_MS;
