import { mergeProgress } from './merge.ts';
import { checkProgress } from './parse.ts';
import { lessonStatus } from './status.ts';
import type { Progress } from './schema.ts';
import { own } from './own.ts';

/** Marks a file as this course's progress export, so a stray JSON file is recognised as not one. */
export const EXPORT_FORMAT = 'glad-to-help/progress';

export interface ExportFile {
  name: string;
  text: string;
}

export function exportProgress(p: Progress, now: Date): ExportFile {
  const date = now.toISOString().slice(0, 10);
  const text = JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: p }, null, 2);
  return { name: `glad-to-help-progress-${date}.json`, text };
}

/** `damaged` names entries of the file that could not be read: left out, the rest imported. */
export type ImportRead = { ok: true; progress: Progress; damaged: string[] } | { ok: false; message: string };

/** Reads a file the learner chose. Never throws; a file that is not a valid export says why. */
export function readImport(text: string, maxBytes = 2_000_000): ImportRead {
  if (text.length > maxBytes) return { ok: false, message: 'This file is too large to be a progress export.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a progress export: it is not valid JSON.' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, message: 'This file is not a progress export from this course.' };
  }
  const read = checkProgress((data as { progress?: unknown }).progress);
  if (!read.ok) {
    const why = read.problem === 'newer-version' ? 'it comes from a newer version of the course' : 'its contents are damaged or incomplete';
    return { ok: false, message: `This progress file cannot be used: ${why}. Nothing was changed.` };
  }
  return { ok: true, progress: read.progress, damaged: read.skipped };
}

export interface ImportPreview {
  /** Lessons the file brings that this browser has no record of. */
  added: string[];
  /** Lessons in the file that this course does not have: left out. */
  skipped: string[];
  /** Lessons whose status, visits or scores change. */
  updated: string[];
  merged: Progress;
}

/** Only the lessons (and their activities and assignments' items) this course has. */
function keepKnown(p: Progress, isLesson: (slug: string) => boolean): { kept: Progress; skipped: string[] } {
  const lessonSlugs = new Set([...Object.keys(p.lessons), ...Object.values(p.activities).map((a) => a.lesson)]);
  const skipped = [...lessonSlugs].filter((slug) => !isLesson(slug)).sort();
  const known = (slug: string) => !skipped.includes(slug);
  const pick = <T>(record: Record<string, T>, keep: (key: string, value: T) => boolean) =>
    Object.fromEntries(Object.entries(record).filter(([k, v]) => keep(k, v)));
  return {
    kept: {
      ...p,
      lessons: pick(p.lessons, (slug) => known(slug)),
      activities: pick(p.activities, (_id, a) => known(a.lesson)),
      assignments: Object.fromEntries(Object.entries(p.assignments).map(([id, a]) => [id, { ...a, items: a.items.filter(known) }])),
    },
    skipped,
  };
}

export interface PreviewOptions {
  /** Whether the course has a lesson; lessons it lacks are listed and left out. Default: every lesson is known. */
  isLesson?: (slug: string) => boolean;
  /** This device's time: changes dated further ahead than clock skew never override present ones. */
  now?: string;
}

/** What merging the file would change, lesson by lesson, before anything is saved. */
export function previewImport(current: Progress, file: Progress, { isLesson = () => true, now }: PreviewOptions = {}): ImportPreview {
  const { kept: incoming, skipped } = keepKnown(file, isLesson);
  const merged = mergeProgress(current, incoming, now);
  const added: string[] = [];
  const updated: string[] = [];
  for (const slug of Object.keys(merged.lessons)) {
    if (!own(current.lessons, slug)) added.push(slug);
    else if (lessonFingerprint(current, slug) !== lessonFingerprint(merged, slug)) updated.push(slug);
  }
  return { added, skipped, updated, merged };
}

/** Everything about a lesson a learner would notice: status, visits and every attempt's id. */
function lessonFingerprint(p: Progress, slug: string): string {
  const l = own(p.lessons, slug);
  const attempts = Object.entries(p.activities)
    .filter(([, a]) => a.lesson === slug)
    .map(([id, a]) => `${id}:${a.attempts.map((t) => t.id).join(',')}`)
    .sort();
  return [lessonStatus(p, slug), l?.firstVisit, l?.lastVisit, l?.completion?.at, ...attempts].join('|');
}
