import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { synonymsSchema, type SynonymGroups } from '../schemas/synonyms.ts';

/** content/search/synonyms.yaml, checked; none when the course has no such file. A broken file stops the build. */
export function getSynonyms(): SynonymGroups {
  const file = join(process.env['COURSE_CONTENT_DIR'] ?? 'content', 'search', 'synonyms.yaml');
  if (!existsSync(file)) return [];
  const parsed = synonymsSchema.safeParse(loadYaml(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues.map((i) => `${file}: group ${i.path.map((p) => Number(p) + 1).join(', word ')}: ${i.message}`);
  throw new Error(`The search synonyms have ${where.length} problem(s):\n${where.join('\n')}`);
}
