import type { ModuleData } from '../../schemas/module.ts';
import type { LessonData } from '../../schemas/lesson.ts';

/** A module as the content layer hands it over. */
export interface ModuleEntry {
  id: string;
  /** Path from the project root, for messages. */
  filePath: string;
  data: ModuleData;
}

/** A lesson as the content layer hands it over: frontmatter plus the raw MDX body. */
export interface LessonEntry {
  /** `<module folder>/<file name>` as the glob loader makes it. */
  id: string;
  filePath: string;
  body: string;
  data: LessonData;
  /** Lines of the file before the body (the frontmatter), so messages can give file line numbers. */
  bodyOffset?: number;
}

/** One thing wrong with the content, pinned to a file and a field. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** A role-play scenario as the content layer hands it over. */
export interface ScenarioEntry {
  filePath: string;
  data: import('../../schemas/scenario.ts').ScenarioData;
}

/** A knowledge check as the content layer hands it over. */
export interface CheckEntry {
  filePath: string;
  data: import('../../schemas/check.ts').CheckData;
}

/** A handbook card as the content layer hands it over. */
export interface CardEntry {
  filePath: string;
  data: import('../../schemas/handbook.ts').HandbookCardData;
}
