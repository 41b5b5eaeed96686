import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { lessonSchema } from '../../src/schemas/lesson.ts';
import { moduleSchema } from '../../src/schemas/module.ts';
import { scenarioSchema as scenarioSchemaForFixtures } from '../../src/schemas/scenario.ts';
import { checkSchema as checkSchemaForFixtures } from '../../src/schemas/check.ts';
import { sequenceSchema as sequenceSchemaForFixtures } from '../../src/schemas/sequence.ts';
import type { LessonEntry, ModuleEntry } from '../../src/lib/course/types.ts';

export const fixturePath = (...parts: string[]) => join(import.meta.dirname, '..', 'fixtures', ...parts);

/** Splits an MDX file into its YAML frontmatter (parsed) and its body, as the content layer does. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { data: load(match[1] ?? ''), body: match[2] ?? '' };
}

/** A lesson fixture, validated by the real schema, as if it sat at `asPath` in the project. */
export function lessonEntry(file: string, asPath: string): LessonEntry {
  const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
  const id = asPath.replace(/^content\/lessons\//, '').replace(/\.mdx$/, '');
  return { id, filePath: asPath, body, data: lessonSchema.parse(data) };
}

export function moduleEntry(file: string, asPath = `content/modules/${basename(file)}`): ModuleEntry {
  const data = moduleSchema.parse(load(readFileSync(file, 'utf8')));
  return { id: data.id, filePath: asPath, data };
}

/** The small valid course in test/fixtures/course. */
export function validCourse(): { modules: ModuleEntry[]; lessons: LessonEntry[] } {
  const root = fixturePath('course');
  const modules = readdirSync(join(root, 'modules'))
    .sort()
    .map((f) => moduleEntry(join(root, 'modules', f)));
  const lessons = readdirSync(join(root, 'lessons'))
    .sort()
    .flatMap((folder) =>
      readdirSync(join(root, 'lessons', folder))
        .sort()
        .map((f) => lessonEntry(join(root, 'lessons', folder, f), `content/lessons/${folder}/${f}`)),
    );
  return { modules, lessons };
}

/** The valid fixture scenario, parsed by the real schema; a fresh copy each call so tests can break it. */
export function fixtureScenario(): import('../../src/schemas/scenario.ts').ScenarioData {
  return scenarioSchemaForFixtures.parse(load(readFileSync(fixturePath('course', 'scenarios', 'gift-for-an-aunt.yaml'), 'utf8')));
}

export function fixtureCheck(): import('../../src/schemas/check.ts').CheckData {
  return checkSchemaForFixtures.parse(load(readFileSync(fixturePath('course', 'checks', 'say-hello-check.yaml'), 'utf8')));
}

/** The fixture course's taught sequences, by id, parsed by the real schema. */
export function fixtureSequences(): Map<string, import('../../src/schemas/sequence.ts').SequenceData> {
  const dir = fixturePath('course', 'sequences');
  return new Map(
    readdirSync(dir).map((f) => {
      const data = sequenceSchemaForFixtures.parse(load(readFileSync(join(dir, f), 'utf8')));
      return [data.id, data];
    }),
  );
}
