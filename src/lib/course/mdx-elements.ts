import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** A component used in an MDX body: its name, its plain string props and its 1-based line. */
export interface MdxElement {
  name: string;
  props: Record<string, string>;
  line: number;
  /** The plain text inside it. */
  text: string;
}

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

// Several rules read the same lesson's components (its activities, their work, its people): parse each body once.
const parsed = new Map<string, readonly MdxElement[]>();
const KEPT = 5000;

/**
 * The components an MDX body uses, in order, read from the parsed tree: a tag inside a comment or a code block
 * is not one. A body that does not parse has none (the build reports it).
 */
export function mdxElementsIn(body: string): readonly MdxElement[] {
  let found = parsed.get(body);
  if (!found) {
    if (parsed.size >= KEPT) parsed.clear();
    found = parse(body);
    parsed.set(body, found);
  }
  return found;
}

function parse(body: string): MdxElement[] {
  let tree;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch {
    return [];
  }
  const found: MdxElement[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as unknown as JsxNode;
    if (el.name === null) return;
    const props: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const a of el.attributes) if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') props[a.name] = a.value;
    found.push({ name: el.name, props, line: el.position?.start.line ?? 1, text: toString(node) });
  });
  return found;
}
