import type { ContentProblem } from './types.ts';

/** The parts of a schema issue this needs (zod's issue shape; `keys` comes with unknown fields). */
export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/** Schema issues as content problems: the field is the dotted path, e.g. `objectives` or `sources.0.by`. */
export function schemaProblems(file: string, issues: readonly IssueLike[]): ContentProblem[] {
  return issues.map((i) => {
    const path = i.path.map(String).join('.');
    const field = i.keys?.length ? [path, i.keys.join(', ')].filter(Boolean).join('.') : path || '(file)';
    return { file, field, message: i.message };
  });
}
