import type { Assignment, Instant } from '../progress/schema.ts';
import { MAX_FRAGMENT, open, seal } from './envelope.ts';
import { hash53 } from './hash.ts';
import { problemMessage, type Decoded } from './problems.ts';
import { assignmentPayloadSchema, type AssignmentPayload } from './schema.ts';

export const ASSIGNMENT_KIND = 'a';
export const ASSIGNMENT_VERSION = 1;
/** Where a learner opens an assignment; the payload follows the `#`. */
export const ASSIGNMENT_PATH = '/assignment/';

const wording = {
  thing: 'assignment link',
  remedy: 'Ask your manager to send the link again.',
  otherKind: 'a completion report (managers open reports on the Team page)',
};

/** The payload with its keys in one fixed order, so equal assignments give equal links and ids. */
export function canonicalAssignment(p: AssignmentPayload): AssignmentPayload {
  return {
    t: p.t,
    i: [...p.i],
    c: p.c,
    ...(p.d !== undefined && { d: p.d }),
    ...(p.b !== undefined && { b: p.b }),
    ...(p.m !== undefined && { m: p.m }),
    ...(p.n !== undefined && { n: p.n }),
  };
}

/** The assignment's id: a hash of its canonical payload, so opening the same link twice finds the same id. */
export const assignmentId = (p: AssignmentPayload) => `a-${hash53(JSON.stringify(canonicalAssignment(p)), 1)}`;

const fieldMessage: Record<string, string> = {
  t: 'Give the assignment a title (at most 200 characters).',
  i: 'Pick at least one lesson.',
  c: 'The time the assignment was made is missing.',
  d: 'The due date is not a real date.',
  b: 'Your name can be at most 100 characters.',
  m: 'The team name can be at most 100 characters.',
  n: 'The note can be at most 1000 characters.',
};

export type Encoded = { ok: true; fragment: string } | { ok: false; message: string };

export function encodeAssignment(p: AssignmentPayload): Encoded {
  const checked = assignmentPayloadSchema.safeParse(p);
  if (!checked.success)
    return { ok: false, message: fieldMessage[String(checked.error.issues[0]?.path[0])] ?? 'The assignment is not complete.' };
  const fragment = seal(ASSIGNMENT_KIND, ASSIGNMENT_VERSION, canonicalAssignment(checked.data));
  if (fragment.length > MAX_FRAGMENT) {
    return {
      ok: false,
      message: `The link would be too long (${fragment.length} of at most ${MAX_FRAGMENT} characters). Shorten the note or the title, or assign fewer lessons.`,
    };
  }
  return { ok: true, fragment };
}

export interface OpenedAssignment {
  id: string;
  payload: AssignmentPayload;
}

/**
 * Reads an assignment from a URL fragment. Never throws; lessons the course does not have are refused,
 * so a learner is never handed a list they cannot finish.
 */
export function decodeAssignment(fragment: string, isLesson: (slug: string) => boolean): Decoded<OpenedAssignment> {
  const opened = open(fragment, ASSIGNMENT_KIND, ASSIGNMENT_VERSION);
  if (!opened.ok) {
    return {
      ok: false,
      problem: opened.problem,
      message: problemMessage(wording, opened.problem, opened.version === undefined ? {} : { version: opened.version }),
    };
  }
  const parsed = assignmentPayloadSchema.safeParse(opened.data);
  if (!parsed.success) {
    const at = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, problem: 'invalid', message: problemMessage(wording, 'invalid', at ? { at } : {}) };
  }
  const unknown = parsed.data.i.filter((slug) => !isLesson(slug));
  if (unknown.length > 0)
    return { ok: false, problem: 'unknown-lessons', message: problemMessage(wording, 'unknown-lessons', { lessons: unknown }) };
  const payload = canonicalAssignment(parsed.data);
  return { ok: true, value: { id: assignmentId(payload), payload } };
}

/** The full address a learner opens. */
export const assignmentUrl = (origin: string, fragment: string) => `${origin}${ASSIGNMENT_PATH}#${fragment}`;

/** What the learner's progress record keeps of an assignment. */
export function toStoredAssignment({ id, payload: p }: OpenedAssignment, now: Instant): Assignment {
  return {
    id,
    title: p.t,
    items: [...p.i],
    addedAt: now,
    ...(p.d !== undefined && { due: p.d }),
    ...(p.b !== undefined && { by: p.b }),
    ...(p.m !== undefined && { team: p.m }),
    ...(p.n !== undefined && { note: p.n }),
  };
}
