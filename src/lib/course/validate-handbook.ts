import type { CardEntry, ContentProblem, ScenarioEntry } from './types.ts';

import { knownList as list } from './files.ts';

/** A card's "Taught in" and "Practice this" links must lead somewhere: a dead link stops the build. */
export function validateHandbook(
  cards: readonly CardEntry[],
  lessonSlugs: ReadonlySet<string>,
  scenarios: readonly ScenarioEntry[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const scenarioIds = new Set(scenarios.map((s) => s.data.id));
  const orders = new Map<string, string>();
  for (const card of cards) {
    card.data.lessons.forEach((slug, i) => {
      if (!lessonSlugs.has(slug))
        problems.push({ file: card.filePath, field: `lessons.${i}`, message: `"${slug}" is not a lesson (known: ${list(lessonSlugs)})` });
    });
    card.data.practise.forEach((id, i) => {
      if (!scenarioIds.has(id))
        problems.push({ file: card.filePath, field: `practise.${i}`, message: `"${id}" is not a scenario (known: ${list(scenarioIds)})` });
    });
    const key = `${card.data.topic}#${card.data.order}`;
    const other = orders.get(key);
    if (other)
      problems.push({
        file: card.filePath,
        field: 'order',
        message: `${card.data.order} is already used in topic "${card.data.topic}" by ${other}`,
      });
    else orders.set(key, card.filePath);
  }
  return problems;
}
