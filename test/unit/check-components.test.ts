import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkComponentUse } from '../../src/lib/mdx/check-components.ts';
import { lessonComponentContracts } from '../../src/lib/mdx/lesson-components.ts';

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

  it('accepts only the outcomes a worked example can have', () => {
    const example = (outcome: string) => [attr('title'), attr('people', 'Rosa Vega'), attr('outcome', outcome)];
    expect(checkComponentUse({ name: 'Example', attributes: example('partial') })).toEqual([]);
    expect(checkComponentUse({ name: 'Example', attributes: example('meh') })).toEqual([
      '<Example> prop "outcome" is "meh": use one of success, partial, failure',
    ]);
  });

  it.each(Object.entries(lessonComponentContracts))('keeps the contract of <%s> equal to its Props', (name, contract) => {
    const source = readFileSync(new URL(`../../src/components/lesson/${name}.astro`, import.meta.url), 'utf8');
    const props = /interface Props \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const members = [...props.matchAll(/^\s+(\w+)(\??):/gm)];
    expect(
      members
        .filter((m) => m[2] === '')
        .map((m) => m[1])
        .sort(),
    ).toEqual([...contract.required].sort());
    expect(
      members
        .filter((m) => m[2] === '?')
        .map((m) => m[1])
        .sort(),
    ).toEqual([...contract.optional].sort());
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
