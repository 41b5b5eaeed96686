import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt.ts';
import { highlightRanges, highlightTerms } from '../../src/lib/search/highlight.ts';
import { scoreByTerm } from '../../src/lib/search/merge.ts';
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
  it('puts pages with the rarer words first, and says how much of the question each covers', () => {
    const hit = (id: string, score = 1) => ({ id, score, item: id });
    const customer = ['a', 'b', 'c', 'd'].map((id) => hit(id));
    const interrupting = [hit('c')];
    const merged = scoreByTerm([customer, interrupting]);
    expect(merged.map((m) => m.item)).toEqual(['c', 'a', 'b', 'd']);
    expect(merged[0]!.coverage).toBe(1);
    expect(merged[1]!.coverage).toBeGreaterThan(0);
    expect(merged[1]!.coverage).toBeLessThan(0.5);
  });

  it('counts a word found nowhere as the rarest, so a page with the other words covers only part', () => {
    const hit = (id: string) => ({ id, score: 1, item: id });
    const merged = scoreByTerm([[hit('a'), hit('b')], []]);
    expect(merged.map((m) => m.item)).toEqual(['a', 'b']);
    expect(merged[0]!.coverage).toBeLessThan(0.5);
    expect(scoreByTerm([[hit('a')]])[0]!.coverage).toBe(1);
    expect(scoreByTerm([])).toEqual([]);
  });
});

describe('ranking what search found', () => {
  const page = (type: string, coverage: number, score: number, audience = ['New hires', 'Managers']) => ({
    type,
    audience,
    coverage,
    score,
  });

  it('puts a card that answers first, then lessons, and a card that answers less after a lesson that answers more', () => {
    const lesson = page('Lesson', 1, 1.2);
    const card = page('Handbook card', 1, 1);
    const weakCard = page('Handbook card', 0.5, 5);
    expect(rank([lesson, weakCard, card], false)).toEqual([card, lesson, weakCard]);
  });

  it('ranks pages only for managers after the rest, unless the question is about leading a team', () => {
    const managers = page('Lesson', 1, 1.2, ['Managers']);
    const everyone = page('Lesson', 1, 1);
    expect(rank([managers, everyone], false)).toEqual([everyone, managers]);
    expect(rank([managers, everyone], true)).toEqual([managers, everyone]);
    expect(aboutLeading(['coach', 'staff'])).toBe(true);
    expect(aboutLeading(['angry', 'customer'])).toBe(false);
  });

  it('calls a best page covering less than 60 % of the question no direct answer', () => {
    expect(isDirectAnswer({ coverage: 0.8 })).toBe(true);
    expect(isDirectAnswer({ coverage: 0.4 })).toBe(false);
    expect(isDirectAnswer(undefined)).toBe(false);
  });
});
