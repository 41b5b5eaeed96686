import { mdxElementsIn } from './mdx-elements.ts';

/** An interactive activity placed in a lesson body. */
export interface ActivityRef {
  kind: 'roleplay' | 'check';
  id: string;
  /** 1-based line in the body, for messages. */
  line: number;
}

const KINDS = { RolePlay: 'roleplay', KnowledgeCheck: 'check' } as const;

/** The role-plays and checks a lesson body uses, in order, read from the parsed MDX tree. */
export function activitiesIn(body: string): ActivityRef[] {
  return mdxElementsIn(body).flatMap((el) => {
    const kind = Object.hasOwn(KINDS, el.name) ? KINDS[el.name as keyof typeof KINDS] : undefined;
    const id = el.props['id'];
    return kind && id !== undefined ? [{ kind, id, line: el.line }] : [];
  });
}

/** The id progress records an activity under: `roleplay:<scenario>` or `check:<check>`. */
export const activityKey = (ref: Pick<ActivityRef, 'kind' | 'id'>) => `${ref.kind}:${ref.id}`;
