import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { checkComponentUse, type JsxElementLike } from '../lib/mdx/check-components.ts';

interface Located extends JsxElementLike {
  position?: { start: { line: number } } | undefined;
}
/** The slice of Sätteri's visitor context the plugin uses; `data` is per document. */
interface Context {
  fileURL: URL | undefined;
  data: Record<string, unknown>;
}

const KEY = 'courseComponentProblems';
const problemsOf = (ctx: Context) => (ctx.data[KEY] ??= []) as string[];

function visit(node: Located, ctx: Context) {
  const where = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an MDX file';
  for (const message of checkComponentUse(node)) problemsOf(ctx).push(`${where}:${node.position?.start.line ?? '?'}: ${message}`);
}

/**
 * Sätteri mdast plugin: a misused course component in an MDX file stops the build,
 * with every problem in the file listed as `file:line: message`.
 */
export function checkComponentsPlugin() {
  return {
    name: 'course-check-components',
    options: { position: true },
    mdxJsxFlowElement: visit,
    mdxJsxTextElement: visit,
    after: (_root: unknown, ctx: Context) => {
      const problems = problemsOf(ctx);
      if (problems.length > 0) throw new Error(`Misused course component:\n${problems.join('\n')}`);
    },
  };
}
