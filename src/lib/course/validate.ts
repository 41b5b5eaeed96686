import type { ContentProblem, LessonEntry, ModuleEntry } from './types.ts';

import { fileStem } from './files.ts';
const parentFolder = (path: string) => path.split('/').slice(-2, -1)[0] ?? '';

/** Rules that span files, beyond what each file's schema can see. Returns every problem, in file order. */
export function validateCourse(modules: readonly ModuleEntry[], lessons: readonly LessonEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const moduleIds = new Set(modules.map((m) => m.data.id));

  const moduleOrders = new Map<number, string>();
  for (const m of modules) {
    if (fileStem(m.filePath) !== m.data.id) {
      problems.push({
        file: m.filePath,
        field: 'id',
        message: `is "${m.data.id}" but the file is named "${fileStem(m.filePath)}"; make them the same`,
      });
    }
    const other = moduleOrders.get(m.data.order);
    if (other) problems.push({ file: m.filePath, field: 'order', message: `${m.data.order} is already used by ${other}` });
    else moduleOrders.set(m.data.order, m.filePath);
  }

  const lessonOrders = new Map<string, string>();
  const slugs = new Map<string, string>();
  for (const l of lessons) {
    const { module, order } = l.data;
    if (!moduleIds.has(module)) {
      const known = [...moduleIds].sort().join(', ') || 'none yet';
      problems.push({ file: l.filePath, field: 'module', message: `"${module}" is not a module (known modules: ${known})` });
    } else if (parentFolder(l.filePath) !== module) {
      problems.push({
        file: l.filePath,
        field: 'module',
        message: `is "${module}" but the lesson sits in the folder "${parentFolder(l.filePath)}"; move the file or fix the field`,
      });
    }
    const orderKey = `${module}#${order}`;
    const sameOrder = lessonOrders.get(orderKey);
    if (sameOrder)
      problems.push({ file: l.filePath, field: 'order', message: `${order} is already used in module "${module}" by ${sameOrder}` });
    else lessonOrders.set(orderKey, l.filePath);

    const slug = fileStem(l.filePath);
    const sameSlug = slugs.get(slug);
    if (sameSlug)
      problems.push({
        file: l.filePath,
        field: 'slug',
        message: `the file name "${slug}" is already used by ${sameSlug}; lesson file names must be unique across the course`,
      });
    else slugs.set(slug, l.filePath);
  }
  return problems;
}

/** One line per problem: `file: field: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
