import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

/** An interactive activity placed in a lesson body. */
export interface ActivityRef {
  kind: 'roleplay' | 'check';
  id: string;
  /** 1-based line in the body, for messages. */
  line: number;
}

const KINDS = { RolePlay: 'roleplay', KnowledgeCheck: 'check' } as const;

/** MDX elements as the parser gives them: a name and plain attributes. */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

/**
 * The role-plays and checks a lesson body uses, in order, read from the parsed MDX tree: a tag inside a
 * comment or a code block is not an activity. A body that does not parse has none (the build reports it).
 */
export function activitiesIn(body: string): ActivityRef[] {
  let tree;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch {
    return [];
  }
  const found: ActivityRef[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as unknown as JsxElement;
    const kind = el.name !== null && Object.hasOwn(KINDS, el.name) ? KINDS[el.name as keyof typeof KINDS] : undefined;
    const id = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (kind && typeof id === 'string') found.push({ kind, id, line: el.position?.start.line ?? 1 });
  });
  return found;
}

/** The id progress records an activity under: `roleplay:<scenario>` or `check:<check>`. */
export const activityKey = (ref: Pick<ActivityRef, 'kind' | 'id'>) => `${ref.kind}:${ref.id}`;
