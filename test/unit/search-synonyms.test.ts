import { describe, expect, it } from 'vitest';
import { wordPattern } from '../../src/lib/search/synonyms.ts';
import { synonymsSchema } from '../../src/schemas/synonyms.ts';

const groups = [
  ['manager', 'supervisor', 'boss', 'team lead'],
  ['receipt', 'reciept'],
  ['refund', 'money back'],
];

const occurrences = (text: string, word: string) => text.match(wordPattern(word))?.length ?? 0;

describe('search synonyms', () => {
  it('counts whole words and phrases only, ignoring case, spacing and hyphens', () => {
    expect(occurrences('Ask your Manager. Managers know; the manager-on-duty too.', 'manager')).toBe(2);
    expect(occurrences('Talk to the team  lead or the team-lead', 'team lead')).toBe(2);
    expect(occurrences('a bossy tone', 'boss')).toBe(0);
  });

  it('refuses a word in two groups, an upper-case word and a group of one, naming where', () => {
    const read = synonymsSchema.safeParse([['manager', 'boss'], ['Boss'], ['owner', 'boss']]);
    expect(read.success).toBe(false);
    const issues = read.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      expect.stringMatching(/^1\.0: write each word in lower case/),
      '1: a group needs at least two words',
      '2.1: "boss" is already in group 1; a word belongs to one group',
    ]);
  });
});

describe("a worker's words put into the course's own", () => {
  it('replaces phrases and words of a group with its first word, longest first, whole words only', async () => {
    const { toCourseWords } = await import('../../src/lib/search/expand.ts');
    expect(toCourseWords('Customer wants their MONEY BACK from my supervisor', groups)).toBe('customer wants their refund from my manager');
    expect(toCourseWords('lost the reciept', groups)).toBe('lost the receipt');
    expect(toCourseWords('the bossy team-lead', groups)).toBe('the bossy manager');
    expect(toCourseWords('nothing to change', groups)).toBe('nothing to change');
  });
});
