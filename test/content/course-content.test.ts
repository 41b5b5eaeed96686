import { describe, expect, it } from 'vitest';
import { activitiesIn } from '../../src/lib/course/activities.ts';
import { readingGrade } from '../../src/lib/course/readability.ts';
import { proseWords } from '../../src/lib/course/reading-time.ts';
import { formatProblems, validateCourse } from '../../src/lib/course/validate.ts';
import { validateActivities } from '../../src/lib/course/validate-activities.ts';
import { mixedOutcomeShare, validatePeople, workedExamples } from '../../src/lib/course/validate-people.ts';
import { loadCourseContent } from '../support/content.ts';

// The quality bar every lesson in content/ must meet; the build enforces structure, this enforces craft.
const { modules, lessons, scenarios, checks, cards, sequences } = loadCourseContent();
const CITES_A_FACT = /\d+\s?%|\bpercent\b|\bstud(?:y|ies)\b|\bresearch\b|\bsurvey/i;

describe('the course content', () => {
  it('passes every build rule', () => {
    expect(
      formatProblems([
        ...validateCourse(modules, lessons),
        ...validateActivities(lessons, scenarios, checks, sequences),
        ...validatePeople(lessons, scenarios),
      ]),
    ).toBe('');
  });

  it('teaches every module and lesson of the curriculum (../shared/curriculum.md)', () => {
    const count = (module: string) => lessons.filter((l) => l.data.module === module).length;
    expect(modules.map((m) => [m.data.order, m.data.id, count(m.data.id)]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [1, 'why-service-matters', 4],
      [2, 'first-impressions', 3],
      [3, 'phone-and-email', 5],
      [4, 'in-writing', 2],
      [5, 'listening-and-empathy', 5],
      [6, 'apology-and-recovery', 4],
      [7, 'promises-and-trust', 3],
      [8, 'customers-into-advocates', 4],
      [9, 'empowerment-and-judgment', 4],
      [10, 'leading-a-service-team', 4],
    ]);
  });

  it('has every handbook card the curriculum lists, and a phrase bank of at least twelve cards', () => {
    expect(cards.map((c) => c.data.title)).toEqual(
      expect.arrayContaining([
        'De-escalation steps',
        'Follow-up checklist',
        'In-person greeting steps',
        "Manager's weekly habits",
        'Phone greeting script',
        'Response-time standards',
        'The apology-and-remedy steps',
        'The magic words',
        'What I may decide on my own',
      ]),
    );
    expect(cards.filter((c) => c.data.topic === 'what-to-say').length).toBeGreaterThanOrEqual(12);
    expect(cards.length).toBeGreaterThanOrEqual(21);
  });

  it('tells at least a third of its worked examples as a partial success or an honest failure', () => {
    const examples = workedExamples(lessons);
    expect(examples.length).toBeGreaterThanOrEqual(lessons.length);
    expect(mixedOutcomeShare(examples)).toBeGreaterThanOrEqual(1 / 3);
  });

  it('gives every lesson and card ten everyday questions in words of their own, not its title reworded', () => {
    const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[a-z']{4,}/g) ?? []);
    const seen = new Map<string, string>();
    for (const page of [...lessons, ...cards]) {
      const own = wordsOf(page.data.title);
      const echoes = page.data.questions.filter((q) => {
        const words = [...wordsOf(q)];
        return words.length > 0 && words.filter((w) => own.has(w)).length / words.length > 0.5;
      });
      expect(page.data.questions.length, page.filePath).toBe(10);
      expect(new Set(page.data.questions.map((q) => q.toLowerCase())).size, page.filePath).toBe(10);
      expect(echoes.length, `${page.filePath}: questions that mostly repeat the title: ${echoes.join(' | ')}`).toBeLessThanOrEqual(1);
      // Search finds a page by the words a worker types: the questions must bring many the title and summary lack.
      const told = wordsOf(`${page.data.title} ${page.data.summary}`);
      const fresh = new Set(page.data.questions.flatMap((q) => [...wordsOf(q)].filter((w) => !told.has(w))));
      expect(fresh.size, `${page.filePath}: words the questions add to the title and summary`).toBeGreaterThanOrEqual(25);
      for (const q of page.data.questions) {
        const key = q.toLowerCase();
        expect(seen.get(key), `"${q}" is on ${seen.get(key)} and ${page.filePath}`).toBeUndefined();
        seen.set(key, page.filePath);
      }
    }
  });

  it('puts managers in the manager\'s seat in the managers\' module', () => {
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
