import type { EnvelopeProblem } from './envelope.ts';
import { MAX_FRAGMENT } from './envelope.ts';

/** Why a link or report could not be used. Each has one plain message; none of them changes anything. */
export type LinkProblem = EnvelopeProblem | 'invalid' | 'unknown-lessons';

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: LinkProblem; message: string };

interface Wording {
  /** "assignment link", "completion report" */
  thing: string;
  /** What to do instead: "Ask your manager to send it again." */
  remedy: string;
  /** What the other kind is, when a link of the other kind is given. */
  otherKind: string;
}

const listed = (xs: readonly string[]) => (xs.length > 5 ? `${xs.slice(0, 5).join(', ')} and ${xs.length - 5} more` : xs.join(', '));

/** The message for a problem; `detail` is the version seen, the field at fault, or the unknown lessons. */
export function problemMessage(
  w: Wording,
  problem: LinkProblem,
  detail: { version?: string; at?: string; lessons?: readonly string[] } = {},
): string {
  const nothing = 'Nothing was changed.';
  switch (problem) {
    case 'missing':
      return `There is no ${w.thing} here. ${w.remedy} ${nothing}`;
    case 'oversized':
      return `This ${w.thing} is too long (over ${MAX_FRAGMENT / 1024} KB) to be one this course makes, so it was not opened. ${nothing}`;
    case 'unrecognised':
      return `This is not a ${w.thing} from this course. ${nothing}`;
    case 'wrong-kind':
      return `This is ${w.otherKind}, not a ${w.thing}. ${nothing}`;
    case 'unknown-version':
      return `This ${w.thing} is in a format this page does not know (version ${detail.version ?? '?'}). It may come from a newer version of the course: reload the page, or ${w.remedy.charAt(0).toLowerCase()}${w.remedy.slice(1)} ${nothing}`;
    case 'truncated':
      return `This ${w.thing} is incomplete: its end is missing, perhaps cut off when it was copied. Copy all of it, or ${w.remedy.charAt(0).toLowerCase()}${w.remedy.slice(1)} ${nothing}`;
    case 'tampered':
      return `This ${w.thing} was changed after it was made, so it cannot be used. ${w.remedy} ${nothing}`;
    case 'invalid':
      return `This ${w.thing} does not hold what it should${detail.at ? ` (at “${detail.at}”)` : ''}. ${w.remedy} ${nothing}`;
    case 'unknown-lessons':
      return `This ${w.thing} names lessons this course does not have: ${listed(detail.lessons ?? [])}. It may come from another version of the course. ${w.remedy} ${nothing}`;
  }
}
