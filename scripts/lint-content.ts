// `npm run lint:content -- [files...]`: the course's content rules on scenario, check and sequence files,
// in a second and without a build (the build runs the same rules). With no files, every one of them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { scenarioSchema } from '../src/schemas/scenario.ts';
import { checkSchema } from '../src/schemas/check.ts';
import { sequenceSchema, type SequenceData } from '../src/schemas/sequence.ts';
import { validateScenario } from '../src/lib/roleplay/validate.ts';
import { validateCheck } from '../src/lib/checks/validate.ts';
import { biasFigures } from '../src/lib/practice/bias.ts';
import { schemaProblems } from '../src/lib/course/schema-problems.ts';
import type { ContentProblem } from '../src/lib/course/types.ts';
import type { Scenario } from '../src/lib/roleplay/types.ts';
import type { CheckData } from '../src/schemas/check.ts';

const root = process.env['COURSE_CONTENT_DIR'] ?? 'content';
const inFolder = (folder: string) =>
  (existsSync(join(root, folder)) ? readdirSync(join(root, folder)) : [])
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(root, folder, f));
const files =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : [...inFolder('sequences'), ...inFolder('scenarios'), ...inFolder('checks')];

const problems: ContentProblem[] = [];
const sequences = new Map<string, SequenceData>();
for (const file of inFolder('sequences')) {
  const parsed = sequenceSchema.safeParse(loadYaml(readFileSync(file, 'utf8')));
  if (parsed.success) sequences.set(parsed.data.id, parsed.data);
  else if (files.includes(file)) problems.push(...schemaProblems(file, parsed.error.issues));
}

// Nodes are tagged the way the content layer tags them (see nodeSchema), so parse with the real schemas.
const scenarios: Scenario[] = [];
const checks: CheckData[] = [];
for (const file of files) {
  let raw: unknown;
  try {
    raw = loadYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(file)', message: String(error instanceof Error ? error.message : error) });
    continue;
  }
  if (file.includes('scenarios')) {
    const parsed = scenarioSchema.safeParse(raw);
    if (!parsed.success) problems.push(...schemaProblems(file, parsed.error.issues));
    else {
      scenarios.push(parsed.data);
      problems.push(...validateScenario(file, parsed.data));
    }
  } else if (file.includes('checks')) {
    const parsed = checkSchema.safeParse(raw);
    if (!parsed.success) problems.push(...schemaProblems(file, parsed.error.issues));
    else {
      checks.push(parsed.data);
      problems.push(...validateCheck(file, parsed.data, sequences));
    }
  }
}

for (const p of problems) console.log(`${p.file}: ${p.field}: ${p.message}`);
const f = biasFigures(scenarios, checks);
const pct = (x: number) => `${Math.round(x * 100)} %`;
console.log(
  problems.length === 0
    ? `ok: ${files.length} file(s)`
    : `${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s)`,
  scenarios.length > 0
    ? `\nrole-plays: best reply longest at ${pct(f.bestLongestShare)} of ${f.decisions} decisions; best/other length ${f.bestLengthRatio.toFixed(2)}; poor replies ending at once ${pct(f.poorEndingShare)}`
    : '',
  checks.length > 0 ? `\nchecks: right option longest in ${pct(f.rightLongestShare)} of ${f.questions} choice questions` : '',
);
process.exit(problems.length === 0 ? 0 : 1);
