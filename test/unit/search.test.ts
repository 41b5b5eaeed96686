import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt.ts';
import { highlightRanges, highlightTerms } from '../../src/lib/search/highlight.ts';
import { bestLine, coverage, hasTerm, mergeHits, stem, termWeights } from '../../src/lib/search/merge.ts';
import { aboutLeading, isDirectAnswer, rank } from '../../src/lib/search/rank.ts';
import { readQuery, toggleFilter, writeQuery } from '../../src/lib/search/query.ts';
import { searchTerms } from '../../src/lib/search/terms.ts';

describe('search query in the URL', () => {
  it('reads the words and the filters, and writes them back the same', () => {
    const query = readQuery('?q=angry+customer&type=Lesson&type=Handbook+card&module=Apology+and+recovery&other=x');
    expect(query).toEqual({ q: 'angry customer', filters: { type: ['Lesson', 'Handbook card'], module: ['Apology and recovery'] } });
    expect(readQuery(writeQuery(query))).toEqual(query);
  });

  it('toggles a filter value on and off', () => {
    const on = toggleFilter({ q: 'x', filters: {} }, 'type', 'Lesson');
    expect(on.filters).toEqual({ type: ['Lesson'] });
    expect(toggleFilter(on, 'type', 'Lesson').filters).toEqual({});
  });

  it('never throws on any address, and round-trips whatever it read', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const query = readQuery(search);
        expect(readQuery(writeQuery(query))).toEqual(query);
      }),
    );
  });
});

describe('excerpts', () => {
  it('splits marks from text and decodes entities, so nothing is rendered as markup', () => {
    expect(excerptParts('Say <mark>sorry</mark> &amp; mean it &lt;b&gt; <em>now</em>')).toEqual([
      { text: 'Say ', mark: false },
      { text: 'sorry', mark: true },
      { text: ' & mean it <b> now', mark: false },
    ]);
  });

  it('keeps every character of the text for any input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const plain = text.replace(/[<>&]/g, '');
        expect(
          excerptParts(plain)
            .map((p) => p.text)
            .join(''),
        ).toBe(plain);
      }),
    );
  });
});

describe('words a learner types', () => {
  it('drops the filler of an everyday question and keeps the words that matter', () => {
    expect(searchTerms("What do I say when my manager won't let me decide?")).toBe('manager decide');
    expect(searchTerms('answer the phone')).toBe('answer phone');
    expect(searchTerms('What?')).toBe('what');
  });
});

describe('highlighting on the landing page', () => {
  it('finds the terms at the start of words, case-insensitively, without overlaps', () => {
    const text = 'Apologize once. An apology names the problem; apologies help.';
    const terms = highlightTerms('apolog');
    expect(highlightRanges(text, terms).map(([a, b]) => text.slice(a, b))).toEqual(['Apologize', 'apology', 'apologies']);
    expect(highlightRanges('reapologize', terms)).toEqual([]);
  });

  it('treats the terms as text, not as patterns', () => {
    expect(highlightTerms('a+b (c')).toEqual([]);
    expect(highlightRanges('x.y', ['x.y'])).toEqual([[0, 3]]);
  });
});

describe('merging word-by-word results', () => {
  const hit = (id: string, score = 1) => ({ id, score, item: id });

  it('weighs a rare word more than a common one, and a word the course does not have most of all', () => {
    const [common, rare, unknown] = termWeights([
      { count: 40, known: true },
      { count: 2, known: true },
      { count: 26, known: false },
    ]);
    expect(rare!).toBeGreaterThan(common!);
    expect(unknown!).toBeGreaterThan(rare!);
  });

  it("adds up each page's scores for the words it has, strongest first", () => {
    const customer = [hit('a', 1), hit('b', 2), hit('c', 1), hit('d', 0.5)];
    const interrupting = [hit('c', 4)];
    expect(mergeHits([customer, interrupting])).toEqual([
      { item: 'c', score: 5 },
      { item: 'b', score: 2 },
      { item: 'a', score: 1 },
      { item: 'd', score: 0.5 },
    ]);
    expect(mergeHits([])).toEqual([]);
  });

  it('finds the line of a page’s answer that says most of the question', () => {
    const lines = ['Saying no with what you can do', 'Can I give a refund without a receipt?', 'What if they shout?'];
    expect(bestLine(lines, ['refund', 'receipt', 'shout'], [1, 1, 2])).toEqual({ words: 2, share: 0.5 });
    expect(bestLine(lines, ['shout'], [1])).toEqual({ words: 1, share: 1 });
    expect(bestLine([], ['refund'], [1])).toEqual({ words: 0, share: 0 });
  });

  it('counts only real matches of each word, by stem, towards how much of the question a page answers', () => {
    expect(hasTerm('Calling back the customer', 'calls')).toBe(true);
    expect(hasTerm('the shop floor', 'shoplifter')).toBe(false);
    // A three-letter verb before -ing is the word ("saying" finds "say no"); other short stems stay whole words.
    expect(stem('saying')).toBe('say');
    expect(hasTerm('How do I say no nicely?', 'saying')).toBe(true);
    expect(stem('goes')).toBe('goes');
    expect(hasTerm('a dated receipt', 'data')).toBe(false);
    expect(coverage('Say no, then offer what you can do', ['no', 'offer', 'shoplifter'], [1, 1, 2])).toBe(0.5);
    expect(coverage('anything', [], [])).toBe(0);
  });
});

describe('ranking what search found', () => {
  const page = (type: string, coverage: number, score: number, audience = ['New hires', 'Managers']) => ({
    type,
    audience,
    coverage,
    score,
    surface: 0,
    lineShare: 0,
  });

  it('puts a card that answers first over a lesson that matches a little more, but not over one that matches much more', () => {
    const lesson = page('Lesson', 1, 1.2);
    const card = { ...page('Handbook card', 1, 1), surface: 0.5 };
    const strongLesson = page('Lesson', 1, 5);
    expect(rank([lesson, card], false)).toEqual([card, lesson]);
    expect(rank([card, strongLesson], false)).toEqual([strongLesson, card]);
  });

  it('gives a card no lead when only its body has the words', () => {
    const lesson = page('Lesson', 1, 1.2);
    const card = page('Handbook card', 1, 1);
    expect(rank([card, lesson], false)).toEqual([lesson, card]);
  });

  it('puts a page that says the question in one line of its own answer over one that only matches a little more', () => {
    const saysIt = { ...page('Lesson', 1, 1), lineShare: 1 };
    const saysPart = { ...page('Lesson', 1, 1.2), lineShare: 0.3 };
    const muchStronger = page('Lesson', 1, 2);
    expect(rank([saysPart, saysIt], false)).toEqual([saysIt, saysPart]);
    expect(rank([saysIt, muchStronger], false)).toEqual([muchStronger, saysIt]);
  });

  it('ranks pages only for managers after the rest, unless the question is about leading a team', () => {
    const managers = page('Lesson', 1, 1.2, ['Managers']);
    const everyone = page('Lesson', 1, 1);
    expect(rank([managers, everyone], false)).toEqual([everyone, managers]);
    expect(rank([managers, everyone], true)).toEqual([managers, everyone]);
    expect(aboutLeading(['coach', 'staff'])).toBe(true);
    expect(aboutLeading(['angry', 'customer'])).toBe(false);
  });

  it('has a direct answer when a top page says two of the question’s words in one line of its answer, or its text has most of it strongly', () => {
    expect(
      isDirectAnswer(
        [
          { coverage: 0.4, lineWords: 1, score: 3 },
          { coverage: 0.4, lineWords: 2, score: 2 },
        ],
        3,
      ),
    ).toBe(true);
    expect(isDirectAnswer([{ coverage: 0.6, lineWords: 1, score: 25 }], 3)).toBe(true);
    expect(isDirectAnswer([{ coverage: 0.6, lineWords: 1, score: 20 }], 3)).toBe(false);
    expect(isDirectAnswer([{ coverage: 0.6, lineWords: 1, score: 13 }], 3)).toBe(false);
    expect(isDirectAnswer([{ coverage: 0.2, lineWords: 1, score: 30 }], 3)).toBe(false);
    expect(isDirectAnswer([], 2)).toBe(false);
  });

  it('does not call one shared word a direct answer, unless the question is one word; only the best three pages count', () => {
    const sharesOne = [{ coverage: 0.46, lineWords: 1, score: 9.9 }];
    expect(isDirectAnswer(sharesOne, 3)).toBe(false);
    expect(isDirectAnswer(sharesOne, 1)).toBe(true);
    expect(isDirectAnswer([{ ...sharesOne[0]!, lineWords: 2 }], 3)).toBe(true);
    expect(isDirectAnswer([...Array(3).fill(sharesOne[0]!), { ...sharesOne[0]!, lineWords: 3 }], 3)).toBe(false);
  });
});
