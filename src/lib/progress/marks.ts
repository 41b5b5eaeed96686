import type { LessonStatus } from './status.ts';
import type { Instant, Progress } from './schema.ts';

// The progress marks (a lesson's status, a module's count, "Continue where you left off") and the visit a
// lesson page records need only each lesson's visits and completion. This reads them from the raw saved
// JSON without the schema library, so the script every such page runs at load stays small; the full store
// (store.ts) loads only when an island needs it, or when this finds anything it does not expect.
// It imports nothing at run time on purpose: a shared module would bring its whole chunk to every page.
// test/unit/progress-marks.test.ts holds it to the same answers as status.ts, update.ts and the schema.

/** The localStorage key of the record: store.ts's PROGRESS_KEY. */
export const MARKS_KEY = 'glad-to-help:progress';
/** The record version this reader knows: schema.ts's PROGRESS_VERSION. */
export const MARKS_VERSION = 2;

/** What the marks show of each lesson the learner has opened, by slug (a Map: a slug such as `constructor` is just a slug). */
export interface LessonMark {
  lastVisit: Instant;
  done: boolean;
}
export type Marks = ReadonlyMap<string, LessonMark>;

/** status.ts's statusLabel. */
export const markLabel: Record<LessonStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};

const INSTANT = /^2\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SLUG = /^(?:[a-z]+:)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * dates.ts's isRealInstant (a real moment, 2000 to 2100, as toISOString writes it), without importing it:
 * a moment that is not real does not survive a round trip through Date.
 */
export function isInstant(v: unknown): v is Instant {
  if (typeof v !== 'string' || !INSTANT.test(v) || v >= '2101') return false;
  const ms = Date.parse(v);
  return !Number.isNaN(ms) && new Date(ms).toISOString() === v;
}
const onlyKeys = (o: Plain, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));

function isLesson(v: unknown): boolean {
  if (!isPlain(v) || !onlyKeys(v, ['firstVisit', 'lastVisit', 'completion']) || !isInstant(v['firstVisit']) || !isInstant(v['lastVisit'])) {
    return false;
  }
  const c = v['completion'];
  return c === undefined || (isPlain(c) && onlyKeys(c, ['done', 'at']) && typeof c['done'] === 'boolean' && isInstant(c['at']));
}

/**
 * The saved record, when it is one this reader is sure of: the current version, with every lesson entry
 * well formed (activities and assignments are only checked to be objects: the marks never read them).
 * Undefined for anything else (not JSON, another version, an odd lesson...): the page then shows no mark
 * and leaves the record to the full store, which keeps unreadable data aside and tells the learner.
 * No saved record at all reads as an empty one. Never throws.
 */
export function readRecord(raw: string | null): Plain | undefined {
  if (raw === null) return { version: MARKS_VERSION, lessons: {}, activities: {}, assignments: {} };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isPlain(data) || data['version'] !== MARKS_VERSION || !onlyKeys(data, ['version', 'lessons', 'activities', 'assignments'])) {
    return undefined;
  }
  const { lessons, activities, assignments } = data;
  if (!isPlain(lessons) || !isPlain(activities) || !isPlain(assignments)) return undefined;
  return Object.entries(lessons).every(([slug, lesson]) => slug.length <= 120 && SLUG.test(slug) && isLesson(lesson)) ? data : undefined;
}

/** The marks of a record's lessons (a Progress's, or a checked raw record's). */
export function marksOf(lessons: Progress['lessons']): Marks {
  return new Map(Object.entries(lessons).map(([slug, l]) => [slug, { lastVisit: l.lastVisit, done: l.completion?.done === true }]));
}

/** The marks of the saved record, or undefined when readRecord is not sure of it: show no mark. */
export function readMarks(raw: string | null): Marks | undefined {
  const record = readRecord(raw);
  return record && marksOf(record['lessons'] as Progress['lessons']);
}

/**
 * The saved record with a visit to a lesson recorded (update.ts's recordVisit), as the JSON to save;
 * undefined when readRecord is not sure of it. Only that lesson's entry changes.
 */
export function withVisit(raw: string | null, slug: string, now: Instant): string | undefined {
  const record = readRecord(raw);
  if (!record) return undefined;
  const lessons = record['lessons'] as Progress['lessons'];
  const seen = Object.hasOwn(lessons, slug) ? lessons[slug] : undefined;
  const entry = seen ? { ...seen, lastVisit: seen.lastVisit > now ? seen.lastVisit : now } : { firstVisit: now, lastVisit: now };
  return JSON.stringify({ ...record, lessons: { ...lessons, [slug]: entry } });
}

/** status.ts's lessonStatus, from the marks. */
export function markOf(marks: Marks, slug: string): LessonStatus {
  const mark = marks.get(slug);
  return mark?.done ? 'complete' : mark ? 'in-progress' : 'not-started';
}

/** status.ts's continueAt, from the marks. */
export function continueFrom(marks: Marks, order: readonly string[]): string | undefined {
  if (!order.some((slug) => marks.has(slug))) return undefined;
  const open = order.filter((slug) => markOf(marks, slug) === 'in-progress');
  const latest = open.sort((a, b) => (marks.get(b)?.lastVisit ?? '').localeCompare(marks.get(a)?.lastVisit ?? ''))[0];
  return latest ?? order.find((slug) => markOf(marks, slug) === 'not-started');
}
