import { EXAMPLE_OUTCOMES } from '../mdx/lesson-components.ts';
import { mdxElementsIn } from './mdx-elements.ts';
import type { ContentProblem, LessonEntry, ScenarioEntry } from './types.ts';

/** One worked example as a lesson declares it. */
export interface WorkedExample {
  file: string;
  line: number;
  title: string;
  people: string[];
  outcome: string;
}

const splitNames = (list: string) =>
  list
    .split(',')
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** Every `<Example>` in the lessons, with its people and outcome as written. */
export function workedExamples(lessons: readonly LessonEntry[]): (WorkedExample & { text: string })[] {
  return lessons.flatMap((l) =>
    mdxElementsIn(l.body)
      .filter((el) => el.name === 'Example')
      .map((el) => ({
        file: l.filePath,
        line: el.line + (l.bodyOffset ?? 0),
        title: el.props['title'] ?? '',
        people: splitNames(el.props['people'] ?? ''),
        outcome: el.props['outcome'] ?? '',
        text: el.text,
      })),
  );
}

const surname = (fullName: string) => (fullName.includes(' ') ? fullName.split(' ').at(-1)!.toLowerCase() : undefined);

/**
 * Names are people the learner should be able to tell apart: every full name (a worked example's people, a
 * role-play's customer) belongs to one place in the course, and no surname is shared by two people. A name
 * listed on an example must appear in it, and the outcome must be one the course knows.
 */
export function validatePeople(lessons: readonly LessonEntry[], scenarios: readonly ScenarioEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners: { name: string; file: string; field: string }[] = [];

  for (const ex of workedExamples(lessons)) {
    const field = `line ${ex.line} <Example>`;
    if (!(EXAMPLE_OUTCOMES as readonly string[]).includes(ex.outcome))
      problems.push({ file: ex.file, field, message: `outcome "${ex.outcome}" is not one of ${EXAMPLE_OUTCOMES.join(', ')}` });
    for (const name of ex.people) {
      if (!ex.text.includes(name.split(' ')[0]!))
        problems.push({ file: ex.file, field, message: `lists "${name}" in people, but the example never names them` });
      owners.push({ name, file: ex.file, field });
    }
  }
  for (const s of scenarios)
    owners.push({ name: s.data.persona.name.trim().replace(/\s+/g, ' '), file: s.filePath, field: 'persona.name' });

  const byName = new Map<string, (typeof owners)[number]>();
  const bySurname = new Map<string, (typeof owners)[number]>();
  for (const o of owners) {
    const key = o.name.toLowerCase();
    const same = byName.get(key);
    if (same && same.file !== o.file) {
      problems.push({
        file: o.file,
        field: o.field,
        message: `"${o.name}" already appears in ${same.file}; give each person in the course their own name`,
      });
      continue;
    }
    byName.set(key, o);
    const last = surname(o.name);
    if (!last) continue;
    const kin = bySurname.get(last);
    if (kin && kin.name.toLowerCase() !== key)
      problems.push({
        file: o.file,
        field: o.field,
        message: `"${o.name}" shares a surname with "${kin.name}" in ${kin.file}; pick another surname`,
      });
    else bySurname.set(last, o);
  }
  return problems;
}

/** Share of worked examples that show a partial success or an honest failure. */
export const mixedOutcomeShare = (examples: readonly Pick<WorkedExample, 'outcome'>[]) =>
  examples.length === 0 ? 0 : examples.filter((e) => e.outcome === 'partial' || e.outcome === 'failure').length / examples.length;
