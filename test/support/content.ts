import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { checkSchema } from '../../src/schemas/check.ts';
import { handbookCardSchema, type HandbookCardData } from '../../src/schemas/handbook.ts';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { moduleSchema } from '../../src/schemas/module.ts';
import { scenarioSchema } from '../../src/schemas/scenario.ts';
import { sequenceSchema, type SequenceData } from '../../src/schemas/sequence.ts';
import type { CheckEntry, LessonEntry, ModuleEntry, ScenarioEntry } from '../../src/lib/course/types.ts';
import { splitFrontmatter } from './fixtures.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
const contentDir = (...parts: string[]) => join(projectRoot, 'content', ...parts);
const rel = (file: string) => relative(projectRoot, file).split('\\').join('/');
const files = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));

/** Parses with a schema and names the file when it does not fit, so a content test failure points at the file. */
function parse<T>(
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  file: string,
  value: unknown,
): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${rel(file)}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** The real course in content/, read the way the content layer reads it. */
export function loadCourseContent() {
  const modules: ModuleEntry[] = files(contentDir('modules'), '.yaml').map((f) => {
    const data = parse(moduleSchema, f, load(readFileSync(f, 'utf8')));
    return { id: data.id, filePath: rel(f), data };
  });
  const lessons: LessonEntry[] = readdirSync(contentDir('lessons'))
    .sort()
    .flatMap((folder) =>
      files(contentDir('lessons', folder), '.mdx').map((f) => {
        const { data, body } = splitFrontmatter(readFileSync(f, 'utf8'));
        return {
          id: `${folder}/${f.replace(/^.*\//, '').replace(/\.mdx$/, '')}`,
          filePath: rel(f),
          body,
          data: parse(lessonSchema, f, data),
        };
      }),
    );
  const scenarios: ScenarioEntry[] = files(contentDir('scenarios'), '.yaml').map((f) => ({
    filePath: rel(f),
    data: parse(scenarioSchema, f, load(readFileSync(f, 'utf8'))),
  }));
  const checks: CheckEntry[] = files(contentDir('checks'), '.yaml').map((f) => ({
    filePath: rel(f),
    data: parse(checkSchema, f, load(readFileSync(f, 'utf8'))),
  }));
  const cards: { filePath: string; body: string; data: HandbookCardData }[] = files(contentDir('handbook'), '.mdx').map((f) => {
    const { data, body } = splitFrontmatter(readFileSync(f, 'utf8'));
    return { filePath: rel(f), body, data: parse(handbookCardSchema, f, data) };
  });
  const sequences = new Map<string, SequenceData>(
    files(contentDir('sequences'), '.yaml').map((f) => {
      const data = parse(sequenceSchema, f, load(readFileSync(f, 'utf8')));
      return [data.id, data];
    }),
  );
  return { modules, lessons, scenarios, checks, cards, sequences };
}
