/** An interactive activity placed in a lesson body. */
export interface ActivityRef {
  kind: 'roleplay' | 'check';
  id: string;
  /** 1-based line in the body, for messages. */
  line: number;
}

const TAG = /<(RolePlay|KnowledgeCheck)\b[^>]*?\bid\s*=\s*["']([^"']+)["'][^>]*>/g;

/** The role-plays and checks a lesson body uses, in order. */
export function activitiesIn(body: string): ActivityRef[] {
  const found: ActivityRef[] = [];
  for (const match of body.matchAll(TAG)) {
    const line = body.slice(0, match.index).split('\n').length;
    found.push({ kind: match[1] === 'RolePlay' ? 'roleplay' : 'check', id: match[2]!, line });
  }
  return found;
}

/** The id progress records an activity under: `roleplay:<scenario>` or `check:<check>`. */
export const activityKey = (ref: Pick<ActivityRef, 'kind' | 'id'>) => `${ref.kind}:${ref.id}`;
