import { describe, expect, it } from 'vitest';
import { activitiesIn } from '../../src/lib/course/activities.ts';
import { readingGrade } from '../../src/lib/course/readability.ts';
import { proseWords } from '../../src/lib/course/reading-time.ts';
import { formatProblems, validateCourse } from '../../src/lib/course/validate.ts';
import { validateActivities } from '../../src/lib/course/validate-activities.ts';
import { loadCourseContent } from '../support/content.ts';

// The quality bar every lesson in content/ must meet; the build enforces structure, this enforces craft.
const { modules, lessons, scenarios, checks, cards, sequences } = loadCourseContent();
const CITES_A_FACT = /\d+\s?%|\bpercent\b|\bstud(?:y|ies)\b|\bresearch\b|\bsurvey/i;

describe('the course content', () => {
  it('passes every build rule', () => {
    expect(formatProblems([...validateCourse(modules, lessons), ...validateActivities(lessons, scenarios, checks, sequences)])).toBe('');
  });

  it('teaches every module and lesson of the curriculum (../shared/curriculum.md)', () => {
    const count = (module: string) => lessons.filter((l) => l.data.module === module).length;
    expect(modules.map((m) => [m.data.order, m.data.id, count(m.data.id)]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [1, 'why-service-matters', 4],
      [2, 'first-impressions', 3],
      [3, 'phone-and-email', 3],
      [4, 'listening-and-empathy', 3],
      [5, 'apology-and-recovery', 3],
      [6, 'promises-and-trust', 3],
      [7, 'customers-into-advocates', 4],
      [8, 'empowerment-and-judgment', 3],
      [9, 'leading-a-service-team', 4],
    ]);
  });

  it('has every handbook card the curriculum lists', () => {
    expect(cards.map((c) => c.data.title).sort()).toEqual([
      'De-escalation steps',
      'Follow-up checklist',
      'In-person greeting steps',
      "Manager's weekly habits",
      'Phone greeting script',
      'Response-time standards',
      'The apology-and-remedy steps',
      'The magic words',
      'What I may decide on my own',
    ]);
  });

  it('puts managers in the manager\'s seat in module 9', () => {
    const module9 = lessons.filter((l) => l.data.module === 'leading-a-service-team');
    expect(module9.every((l) => l.data.audience.join() === 'manager')).toBe(true);
    const seats = scenarios.filter((s) => module9.some((l) => l.filePath.endsWith(`/${s.data.lesson}.mdx`))).map((s) => s.data.you);
    expect(seats).toHaveLength(module9.length);
    expect(seats.every((you) => /manager|lead|supervisor/i.test(you)), seats.join(' | ')).toBe(true);
  });

  it('sets its role-plays across every kind of front-line place', () => {
    expect([...new Set(scenarios.map((s) => s.data.persona.place))].sort()).toEqual(['email-queue', 'help-desk', 'hotel-front-desk', 'phone-line', 'shop-floor', 'waiting-room']);
  });

  describe.each(lessons.map((l) => [l.filePath, l] as const))('%s', (_file, lesson) => {
    it('has 350 to 800 words of body text', () => {
      const words = proseWords(lesson.body).length;
      expect(words).toBeGreaterThanOrEqual(350);
      expect(words).toBeLessThanOrEqual(800);
    });

    it('reads at grade 9 or below (Flesch–Kincaid)', () => {
      expect(readingGrade(lesson.body)).toBeLessThanOrEqual(9);
    });

    it('ends in one role-play and one knowledge check', () => {
      const kinds = activitiesIn(lesson.body).map((a) => a.kind).sort();
      expect(kinds).toEqual(['check', 'roleplay']);
    });

    it('lists its sources when it cites a fact or a figure', () => {
      const needsSources = CITES_A_FACT.test(lesson.body);
      expect(needsSources && lesson.data.sources.length === 0, 'cites a figure or a study but lists no sources').toBe(false);
    });
  });

  describe.each(cards.map((c) => [c.filePath, c] as const))('%s', (_file, card) => {
    it('is short enough to read at a counter (at most 300 words)', () => {
      expect(proseWords(card.body).length).toBeLessThanOrEqual(300);
    });

    it('reads at grade 9 or below (Flesch–Kincaid)', () => {
      expect(readingGrade(card.body)).toBeLessThanOrEqual(9);
    });

    it('links to lessons and scenarios that exist', () => {
      const slugs = new Set(lessons.map((l) => l.id.replace(/^.*\//, '')));
      const scenarioIds = new Set(scenarios.map((s) => s.data.id));
      expect(card.data.lessons.filter((l) => !slugs.has(l)), 'unknown lessons').toEqual([]);
      expect(card.data.practise.filter((s) => !scenarioIds.has(s)), 'unknown scenarios').toEqual([]);
    });
  });
});
