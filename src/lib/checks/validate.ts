import type { CheckData } from '../../schemas/check.ts';
import type { SequenceData } from '../../schemas/sequence.ts';
import type { ContentProblem } from '../course/types.ts';
import { knownList } from '../course/files.ts';
import { rightIsLongest } from '../practice/bias.ts';

/** In one check, the right option may be the longest in at most this many questions. */
export const MAX_RIGHT_LONGEST = 1;

/** Rules a check's schema cannot express: sequences exist, and nothing gives the right answer away. */
export function validateCheck(file: string, check: CheckData, sequences: ReadonlyMap<string, SequenceData>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (field: string, rule: string, message: string) => problems.push({ file, field, message: `[${rule}] ${message}` });
  let longest = 0;
  check.questions.forEach((q, i) => {
    const field = `questions.${i}`;
    if (q.type === 'order') {
      const sequence = sequences.get(q.sequence);
      if (!sequence) {
        add(
          `${field}.sequence`,
          'sequence-exists',
          `"${q.sequence}" is not a sequence in content/sequences/ (known: ${knownList(sequences.keys())})`,
        );
        return;
      }
      const unknown = (q.steps ?? []).filter((id) => !sequence.steps.some((s) => s.id === id));
      if (unknown.length > 0)
        add(
          `${field}.steps`,
          'sequence-exists',
          `${unknown.join(', ')} not in "${q.sequence}" (steps: ${sequence.steps.map((s) => s.id).join(', ')})`,
        );
      if (q.steps && new Set(q.steps).size !== q.steps.length) add(`${field}.steps`, 'sequence-exists', 'names a step twice');
      return;
    }
    if (rightIsLongest(q)) longest += 1;
    if (q.type === 'multiple') {
      const right = q.options.filter((o) => o.correct).length;
      const wrong = q.options.length - right;
      if (right < 2 || wrong < 2)
        add(`${field}.options`, 'multiple-balance', `has ${right} right and ${wrong} wrong options; give at least 2 of each`);
    }
    if (q.options.some((o) => /\b(all|none) of the (above|others)\b/i.test(o.text))) {
      add(`${field}.options`, 'no-position-words', '"all/none of the above" makes no sense once options are shuffled');
    }
  });
  if (longest > MAX_RIGHT_LONGEST)
    add('questions', 'right-not-longest', `the right option is the longest in ${longest} questions; at most ${MAX_RIGHT_LONGEST} may be`);
  return problems;
}
