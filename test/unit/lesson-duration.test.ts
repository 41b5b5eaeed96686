import { describe, expect, it } from 'vitest';
import { SECONDS_PER_DECISION, SECONDS_PER_QUESTION, lessonMinutes } from '../../src/lib/course/duration.ts';
import { bestPathDecisions, practiceWork } from '../../src/lib/course/practice-work.ts';
import { fixtureCheck, fixtureScenario } from '../support/fixtures.ts';

describe('how long a lesson takes', () => {
  it('reads at 200 words a minute and allows a fixed time per decision and per question', () => {
    expect(SECONDS_PER_DECISION).toBe(40);
    expect(SECONDS_PER_QUESTION).toBe(30);
    expect(lessonMinutes({ words: 600, decisions: 0, questions: 0 })).toBe(3);
    // 600 words (3 min) + 6 decisions (4 min) + 4 questions (2 min)
    expect(lessonMinutes({ words: 600, decisions: 6, questions: 4 })).toBe(9);
    expect(lessonMinutes({ words: 0, decisions: 0, questions: 0 })).toBe(1);
  });

  it("counts the decisions on a role-play's best path and the questions of its check", () => {
    expect(bestPathDecisions(fixtureScenario())).toBe(3);
    const work = practiceWork([fixtureScenario()], [fixtureCheck()]);
    expect(work('Intro.\n\n<RolePlay id="gift-for-an-aunt" />\n\n<KnowledgeCheck id="say-hello-check" />')).toEqual({
      decisions: 3,
      questions: 3,
    });
    expect(work('No activities here.')).toEqual({ decisions: 0, questions: 0 });
  });
});
