import { describe, expect, it } from 'vitest';
import { proseWords, readingMinutes } from '../../src/lib/course/reading-time.ts';

describe('reading time', () => {
  it('counts prose and quoted attribute text, not tags, imports or link targets', () => {
    const mdx = [
      "import Foo from './foo.astro';",
      '## Say hello',
      'Look up and [smile](https://example.com/a-very-long-path).',
      '<DoDont do="Greet people" dont="Ignore them" />',
      '{/* a comment nobody reads */}',
    ].join('\n');
    expect(proseWords(mdx)).toEqual(['Say', 'hello', 'Look', 'up', 'and', 'smile', 'Greet', 'people', 'Ignore', 'them']);
  });

  it('keeps contractions and hyphenated words whole', () => {
    expect(proseWords("Don't be a one-size-fits-all rep")).toEqual(["Don't", 'be', 'a', 'one-size-fits-all', 'rep']);
  });

  it('rounds to whole minutes at 200 words a minute, never below one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(650))).toBe(3);
  });
});
