import { activitiesOfLesson } from '../progress/status.ts';
import { activityDone } from '../progress/update.ts';
import type { Assignment, Instant, Progress } from '../progress/schema.ts';
import { MAX_FRAGMENT, open, seal } from './envelope.ts';
import { problemMessage, type Decoded } from './problems.ts';
import { reportPayloadSchema, type ReportItem, type ReportPayload } from './schema.ts';
import { own } from '../progress/own.ts';

export const REPORT_KIND = 'r';
export const REPORT_VERSION = 1;
/** Where a manager opens reports; a report link points there with the payload after the `#`. */
export const TEAM_PATH = '/team/';

const wording = {
  thing: 'completion report',
  remedy: 'Ask the learner to make the report again and send all of it.',
  otherKind: 'an assignment link (learners open those)',
};

/** A lesson's role-play and check results, kept apart: best score as a whole percentage, and whether the check is passed. */
export interface LessonScores {
  rolePlay?: number;
  check?: number;
  checkPassed?: boolean;
}

const percentOf = (score: number, max: number) => Math.max(0, Math.min(100, Math.round((score / max) * 100)));

export function lessonScores(p: Progress, slug: string): LessonScores {
  const scores: LessonScores = {};
  for (const a of activitiesOfLesson(p, slug)) {
    if (!a.best) continue;
    const percent = percentOf(a.best.score, a.best.max);
    if (a.id.startsWith('check:')) {
      scores.check = Math.max(scores.check ?? 0, percent);
      scores.checkPassed = (scores.checkPassed ?? false) || activityDone(a.id, own(p.activities, a.id)?.attempts ?? []);
    } else scores.rolePlay = Math.max(scores.rolePlay ?? 0, percent);
  }
  return scores;
}

/** What the learner's own record says about each assigned lesson. Pure: the same record gives the same report. */
export function buildReport(p: Progress, a: Assignment, name: string, now: Instant, learnerId?: string): ReportPayload {
  const items = a.items.map((s): ReportItem => {
    const completion = own(p.lessons, s)?.completion;
    const scores = lessonScores(p, s);
    return {
      s,
      ...(completion?.done && { c: completion.at }),
      ...(scores.rolePlay !== undefined && { r: scores.rolePlay }),
      ...(scores.check !== undefined && { k: scores.check }),
      ...(scores.checkPassed !== undefined && { q: scores.checkPassed ? (1 as const) : (0 as const) }),
    };
  });
  return {
    a: a.id,
    t: a.title,
    ...(learnerId !== undefined && /^[a-z0-9]{8,32}$/.test(learnerId) && { l: learnerId }),
    n: name.trim().slice(0, 100),
    at: now,
    ...(a.due !== undefined && { d: a.due }),
    ...(a.team !== undefined && { m: a.team }),
    i: items,
  };
}

function canonicalReport(r: ReportPayload): ReportPayload {
  return {
    a: r.a,
    t: r.t,
    ...(r.l !== undefined && { l: r.l }),
    n: r.n,
    at: r.at,
    ...(r.d !== undefined && { d: r.d }),
    ...(r.m !== undefined && { m: r.m }),
    i: r.i.map((x) => ({
      s: x.s,
      ...(x.c !== undefined && { c: x.c }),
      ...(x.p !== undefined && { p: x.p }),
      ...(x.r !== undefined && { r: x.r }),
      ...(x.k !== undefined && { k: x.k }),
      ...(x.q !== undefined && { q: x.q }),
    })),
  };
}

export type EncodedReport = { ok: true; fragment: string } | { ok: false; message: string };

export function encodeReport(r: ReportPayload): EncodedReport {
  const checked = reportPayloadSchema.safeParse(r);
  if (!checked.success) return { ok: false, message: 'Type your name to make the report.' };
  const fragment = seal(REPORT_KIND, REPORT_VERSION, canonicalReport(checked.data));
  if (fragment.length > MAX_FRAGMENT) return { ok: false, message: 'This report is too long to send as a link. Shorten your name.' };
  return { ok: true, fragment };
}

/** Reads one report. Never throws. */
export function decodeReport(fragment: string, isLesson: (slug: string) => boolean): Decoded<ReportPayload> {
  const opened = open(fragment, REPORT_KIND, REPORT_VERSION);
  if (!opened.ok) {
    return {
      ok: false,
      problem: opened.problem,
      message: problemMessage(wording, opened.problem, opened.version === undefined ? {} : { version: opened.version }),
    };
  }
  const parsed = reportPayloadSchema.safeParse(opened.data);
  if (!parsed.success) {
    const at = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, problem: 'invalid', message: problemMessage(wording, 'invalid', at ? { at } : {}) };
  }
  const unknown = parsed.data.i.map((x) => x.s).filter((s) => !isLesson(s));
  if (unknown.length > 0)
    return { ok: false, problem: 'unknown-lessons', message: problemMessage(wording, 'unknown-lessons', { lessons: unknown }) };
  return { ok: true, value: canonicalReport(parsed.data) };
}

export const reportUrl = (origin: string, fragment: string) => `${origin}${TEAM_PATH}#${fragment}`;

/**
 * The link-shaped pieces of pasted text or a report file: whatever follows a `#`, or a bare code.
 * Everything else (greetings, names, the file's readable lines) is ignored.
 */
export function findReportCodes(text: string): string[] {
  const found: string[] = [];
  for (const chunk of text.slice(0, 1_000_000).split(/[\s<>"'()]+/)) {
    const hash = chunk.lastIndexOf('#');
    const code = hash >= 0 ? chunk.slice(hash + 1) : chunk;
    if (hash >= 0 ? code.length > 0 : /^[a-z]\d+\./.test(code)) found.push(code);
  }
  return [...new Set(found)];
}
