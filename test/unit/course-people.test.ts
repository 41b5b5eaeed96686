import { describe, expect, it } from 'vitest';
import { mixedOutcomeShare, validatePeople, workedExamples } from '../../src/lib/course/validate-people.ts';
import type { LessonEntry, ScenarioEntry } from '../../src/lib/course/types.ts';
import type { LessonData } from '../../src/schemas/lesson.ts';
import type { ScenarioData } from '../../src/schemas/scenario.ts';

const lesson = (file: string, body: string): LessonEntry => ({ id: file, filePath: file, body, data: {} as LessonData });
const example = (people: string, outcome = 'success', text = people) =>
  `Intro.\n\n<Example title="A day" people="${people}" outcome="${outcome}">\n\n${text} did well.\n\n</Example>\n`;
const scenario = (file: string, name: string): ScenarioEntry => ({ filePath: file, data: { persona: { name } } as ScenarioData });

describe('people in the course', () => {
  it('reads every worked example with its people and outcome from the MDX tree', () => {
    const found = workedExamples([
      lesson('a.mdx', example('Raymond Choi, Valeria Paredes', 'partial', 'Raymond Choi and Valeria Paredes')),
    ]);
    expect(found).toMatchObject([{ file: 'a.mdx', people: ['Raymond Choi', 'Valeria Paredes'], outcome: 'partial', title: 'A day' }]);
  });

  it('ignores an example inside a code block', () => {
    expect(workedExamples([lesson('a.mdx', '```\n<Example title="x" people="A B" outcome="success">\n```\n')])).toEqual([]);
  });

  it('accepts distinct people, and the same person twice in one lesson', () => {
    const body = example('Raymond Choi') + example('Raymond Choi');
    expect(validatePeople([lesson('a.mdx', body), lesson('b.mdx', example('Mei Lin'))], [scenario('s.yaml', 'Dorothy Lindqvist')])).toEqual(
      [],
    );
  });

  it('refuses one full name in two places, naming both files', () => {
    const problems = validatePeople([lesson('a.mdx', example('Tom Becker'))], [scenario('s.yaml', 'tom  becker')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 's.yaml', field: 'persona.name' });
    expect(problems[0]!.message).toContain('a.mdx');
  });

  it('refuses a surname shared by two people', () => {
    const problems = validatePeople([lesson('a.mdx', example('Ada Abernathy')), lesson('b.mdx', example('Joan Abernathy'))], []);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('shares a surname with "Ada Abernathy"')]);
  });

  it('refuses an unknown outcome and a listed person the example never names', () => {
    const problems = validatePeople([lesson('a.mdx', example('Rosa Vega', 'meh', 'Someone else'))], []);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('outcome "meh"'),
      expect.stringContaining('lists "Rosa Vega" in people'),
    ]);
  });

  it('measures the share of partial successes and failures', () => {
    expect(mixedOutcomeShare([{ outcome: 'success' }, { outcome: 'partial' }, { outcome: 'failure' }, { outcome: 'success' }])).toBe(0.5);
    expect(mixedOutcomeShare([])).toBe(0);
  });
});
