import { validateScenario } from '../roleplay/validate.ts';
import { validateCheck } from '../checks/validate.ts';
import type { SequenceData } from '../../schemas/sequence.ts';
import { activitiesIn } from './activities.ts';
import type { CheckEntry, ContentProblem, LessonEntry, ScenarioEntry } from './types.ts';

import { fileStem, knownList as list } from './files.ts';

/**
 * Rules that tie lessons to their role-plays and checks: every id a lesson uses exists and names
 * that lesson back; each scenario's graph is sound; personas and settings are not reused.
 */
export function validateActivities(
  lessons: readonly LessonEntry[],
  scenarios: readonly ScenarioEntry[],
  checks: readonly CheckEntry[],
  sequences: ReadonlyMap<string, SequenceData>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const scenarioById = new Map(scenarios.map((s) => [s.data.id, s]));
  const checkById = new Map(checks.map((c) => [c.data.id, c]));
  const lessonSlugs = new Set(lessons.map((l) => fileStem(l.filePath)));
  const usedBy = new Map<string, string>();

  for (const lesson of lessons) {
    const slug = fileStem(lesson.filePath);
    for (const ref of activitiesIn(lesson.body)) {
      const tag = ref.kind === 'roleplay' ? 'RolePlay' : 'KnowledgeCheck';
      const where = `line ${ref.line + (lesson.bodyOffset ?? 0)}`;
      const target = ref.kind === 'roleplay' ? scenarioById.get(ref.id) : checkById.get(ref.id);
      if (!target) {
        const folder = ref.kind === 'roleplay' ? 'content/scenarios' : 'content/checks';
        const known = ref.kind === 'roleplay' ? scenarioById.keys() : checkById.keys();
        problems.push({
          file: lesson.filePath,
          field: where,
          message: `<${tag} id="${ref.id}"> names no file in ${folder}/ (known: ${list(known)})`,
        });
        continue;
      }
      if (target.data.lesson !== slug) {
        problems.push({
          file: lesson.filePath,
          field: where,
          message: `<${tag} id="${ref.id}"> belongs to the lesson "${target.data.lesson}" (its lesson field); set it to "${slug}" or use another`,
        });
      }
      const key = `${ref.kind}:${ref.id}`;
      const other = usedBy.get(key);
      if (other)
        problems.push({
          file: lesson.filePath,
          field: where,
          message: `<${tag} id="${ref.id}"> is already used in ${other}; each activity appears once`,
        });
      else usedBy.set(key, lesson.filePath);
    }
  }

  const names = new Map<string, string>();
  const settings = new Map<string, string>();
  for (const s of scenarios) {
    problems.push(...validateScenario(s.filePath, s.data));
    if (!lessonSlugs.has(s.data.lesson))
      problems.push({ file: s.filePath, field: 'lesson', message: `"${s.data.lesson}" is not a lesson (known: ${list(lessonSlugs)})` });
    else if (!usedBy.has(`roleplay:${s.data.id}`))
      problems.push({
        file: s.filePath,
        field: 'lesson',
        message: `no lesson shows it: add <RolePlay id="${s.data.id}" /> to the lesson "${s.data.lesson}"`,
      });
    const name = s.data.persona.name.trim().toLowerCase();
    const setting = s.data.persona.setting.trim().toLowerCase();
    if (names.has(name))
      problems.push({
        file: s.filePath,
        field: 'persona.name',
        message: `"${s.data.persona.name}" is already the customer in ${names.get(name)}; give each scenario its own person`,
      });
    else names.set(name, s.filePath);
    if (settings.has(setting))
      problems.push({
        file: s.filePath,
        field: 'persona.setting',
        message: `"${s.data.persona.setting}" is already used by ${settings.get(setting)}; give each scenario its own setting`,
      });
    else settings.set(setting, s.filePath);
  }
  for (const c of checks) {
    problems.push(...validateCheck(c.filePath, c.data, sequences));
    if (fileStem(c.filePath) !== c.data.id)
      problems.push({
        file: c.filePath,
        field: 'id',
        message: `is "${c.data.id}" but the file is named "${fileStem(c.filePath)}"; make them the same`,
      });
    if (!lessonSlugs.has(c.data.lesson))
      problems.push({ file: c.filePath, field: 'lesson', message: `"${c.data.lesson}" is not a lesson (known: ${list(lessonSlugs)})` });
    else if (!usedBy.has(`check:${c.data.id}`))
      problems.push({
        file: c.filePath,
        field: 'lesson',
        message: `no lesson shows it: add <KnowledgeCheck id="${c.data.id}" /> to the lesson "${c.data.lesson}"`,
      });
  }
  return problems;
}
