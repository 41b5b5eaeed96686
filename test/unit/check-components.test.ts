import { describe, expect, it } from 'vitest';
import { checkComponentUse } from '../../src/lib/mdx/check-components.ts';

const attr = (name: string, value: unknown = 'x') => ({ type: 'mdxJsxAttribute', name, value });

describe('course component use in MDX', () => {
  it('accepts a quotation with its speaker', () => {
    expect(checkComponentUse({ name: 'Quote', attributes: [attr('speaker', 'Tony Hsieh'), attr('role')] })).toEqual([]);
  });

  it('names the missing required prop and says what it is for', () => {
    expect(checkComponentUse({ name: 'Quote', attributes: [] })).toEqual([
      '<Quote> needs the prop "speaker" (speaker: who said it; role: their position)',
    ]);
  });

  it('treats an empty required prop as missing', () => {
    expect(checkComponentUse({ name: 'DoDont', attributes: [attr('do', 'Smile'), attr('dont', '  ')] })).toEqual([
      '<DoDont> needs the prop "dont" (do: what to do; dont: the matching thing to avoid)',
    ]);
  });

  it('rejects an unknown prop, listing the ones it takes', () => {
    expect(checkComponentUse({ name: 'Tip', attributes: [attr('kind')] })).toEqual(['<Tip> has no prop "kind" (it takes: title)']);
  });

  it('rejects an unknown component', () => {
    expect(checkComponentUse({ name: 'Callout', attributes: [] })[0]).toMatch(
      /^<Callout> is not a course component \(use one of: KeyTakeaways, Quote/,
    );
  });

  it('leaves HTML elements alone', () => {
    expect(checkComponentUse({ name: 'div', attributes: [attr('class')] })).toEqual([]);
  });
});
