import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../support/fixtures.ts';

// The project itself builds a fixture course (COURSE_CONTENT_DIR) with a few broken files at once: the
// content rules list every problem in one pass, so two small builds and one sync cover every kind of break.
const root = join(import.meta.dirname, '..', '..');
const made: string[] = [];
const astro = join(root, 'node_modules', '.bin', 'astro');

/** A fixture course with the given broken files added ([fixture, folder]); returns the command's output. */
function runWith(command: 'build' | 'sync', broken: [string, string][]): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'course-broken-'));
  made.push(dir);
  const content = join(dir, 'content');
  cpSync(fixturePath('course'), content, { recursive: true });
  for (const [fixture, folder] of broken) {
    mkdirSync(join(content, folder), { recursive: true });
    cpSync(fixturePath('broken', fixture), join(content, folder, fixture));
  }
  const args = command === 'build' ? ['build', '--outDir', join(dir, 'dist')] : ['sync'];
  const result = spawnSync(astro, args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      COURSE_CONTENT_DIR: content,
      COURSE_CACHE_DIR: join(dir, 'cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('broken files that break rules across files stop the build, every problem named at once', () => {
  let build: { status: number | null; output: string };
  beforeAll(() => {
    build = runWith('build', [
      ['lesson-unknown-module.mdx', 'lessons/first-steps'],
      ['lesson-unknown-roleplay.mdx', 'lessons/first-steps'],
      ['scenario-missing-target.yaml', 'scenarios'],
      ['card-dead-link.mdx', 'handbook'],
    ]);
  }, 120_000);

  it('fails', () => {
    expect(build.status).not.toBe(0);
  });

  it('unknown module: names the file and the field', () => {
    expect(build.output).toContain('lessons/first-steps/lesson-unknown-module.mdx: module: "no-such-module" is not a module');
  });

  it('a role-play id that names no scenario: names the lesson and the line', () => {
    expect(build.output).toMatch(
      /lessons\/first-steps\/lesson-unknown-roleplay\.mdx: line \d+: <RolePlay id="no-such-scenario"> names no file in content\/scenarios\//,
    );
  });

  it('a scenario whose reply leads nowhere: names the file, the node and the rule', () => {
    expect(build.output).toContain(
      'scenarios/scenario-missing-target.yaml: nodes.close.choices.1.next: [target-exists] "nowhere" is not a node',
    );
  });

  it('a handbook card that links to a missing lesson: names the file and the field', () => {
    expect(build.output).toMatch(
      /handbook\/card-dead-link\.mdx: lessons\.1: "no-such-lesson" is not a lesson \(known: [a-z, -]*say-hello\)/,
    );
  });
});

describe('a misused component stops the build at the lesson, line and prop', () => {
  it('a quotation without a speaker', () => {
    const { status, output } = runWith('build', [['component-missing-prop.mdx', 'lessons/first-steps']]);
    expect(status).not.toBe(0);
    expect(output).toMatch(/lessons\/first-steps\/component-missing-prop\.mdx:\d+: <Quote> needs the prop "speaker"/);
  }, 120_000);
});

describe('a lesson whose frontmatter breaks the schema stops the content sync', () => {
  it('typed minutes (now computed): names the file and the field', () => {
    const { status, output } = runWith('sync', [['lesson-typed-minutes.mdx', 'lessons/first-steps']]);
    expect(status).not.toBe(0);
    expect(output).toContain('lesson-typed-minutes');
    expect(output).toMatch(/Unrecognized key: "minutes"|Unrecognized keys?:.*minutes/);
  }, 120_000);
});
