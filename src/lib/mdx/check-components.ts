import { lessonComponentContracts, type ComponentContract } from './lesson-components.ts';

/** The parts of an MDX JSX element the check reads (the mdast `mdxJsxFlowElement` / `mdxJsxTextElement` shape). */
export interface JsxElementLike {
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** What is wrong with one use of a course component; empty when it is fine. HTML elements are not checked. */
export function checkComponentUse(
  element: JsxElementLike,
  contracts: Readonly<Record<string, ComponentContract>> = lessonComponentContracts,
): string[] {
  const { name } = element;
  if (!name || !/^[A-Z]/.test(name)) return [];
  const contract = contracts[name];
  if (!contract) return [`<${name}> is not a course component (use one of: ${Object.keys(contracts).join(', ')})`];

  const problems: string[] = [];
  const given = new Map<string, unknown>();
  for (const a of element.attributes ?? []) if (a.type === 'mdxJsxAttribute' && a.name) given.set(a.name, a.value);
  for (const prop of contract.required) {
    const value = given.get(prop);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      problems.push(`<${name}> needs the prop "${prop}" (${contract.hint})`);
    }
  }
  for (const [prop, words] of Object.entries(contract.values ?? {})) {
    const value = given.get(prop);
    if (typeof value === 'string' && value.trim() !== '' && !words.includes(value))
      problems.push(`<${name}> prop "${prop}" is "${value}": use one of ${words.join(', ')}`);
  }
  const allowed = [...contract.required, ...contract.optional];
  for (const prop of given.keys()) {
    if (!allowed.includes(prop)) problems.push(`<${name}> has no prop "${prop}" (it takes: ${allowed.join(', ') || 'none'})`);
  }
  return problems;
}
