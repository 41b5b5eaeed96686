import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../support/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const made: string[] = [];

/** A copy of the project whose content is the fixture course plus one broken file; returns the build's output. */
function buildWithBrokenLesson(fixture: string, folder = join('lessons', 'first-steps')): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'course-build-'));
  made.push(dir);
  for (const part of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(fixturePath('course'), join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'content', folder), { recursive: true });
  cpSync(fixturePath('broken', fixture), join(dir, 'content', folder, fixture));
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a broken lesson stops the build', () => {
  it('missing minutes: names the file and the field', () => {
    const { status, output } = buildWithBrokenLesson('lesson-missing-minutes.mdx');
    expect(status).not.toBe(0);
    expect(output).toContain('content/lessons/first-steps/lesson-missing-minutes.mdx');
    expect(output).toContain('minutes: give how long the lesson takes in whole minutes');
  });

  it('unknown module: names the file and the field', () => {
    const { status, output } = buildWithBrokenLesson('lesson-unknown-module.mdx');
    expect(status).not.toBe(0);
    expect(output).toContain('content/lessons/first-steps/lesson-unknown-module.mdx: module: "no-such-module" is not a module');
  });

  it('a quotation without a speaker: names the file, the line and the prop', () => {
    const { status, output } = buildWithBrokenLesson('component-missing-prop.mdx');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/lessons\/first-steps\/component-missing-prop\.mdx:\d+: <Quote> needs the prop "speaker"/);
  });

  it('a role-play id that names no scenario: names the lesson and the line', () => {
    const { status, output } = buildWithBrokenLesson('lesson-unknown-roleplay.mdx');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/lessons/first-steps/lesson-unknown-roleplay.mdx: line 39: <RolePlay id="no-such-scenario"> names no file in content/scenarios/ (known: gift-for-an-aunt)',
    );
  });

  it('a scenario whose reply leads nowhere: names the file, the node and the rule', () => {
    const { status, output } = buildWithBrokenLesson('scenario-missing-target.yaml', 'scenarios');
    expect(status).not.toBe(0);
    expect(output).toContain('content/scenarios/scenario-missing-target.yaml: nodes.close.choices.1.next: [target-exists] "nowhere" is not a node');
  });

  it('a handbook card that links to a missing lesson: names the file and the field', () => {
    const { status, output } = buildWithBrokenLesson('card-dead-link.mdx', 'handbook');
    expect(status).not.toBe(0);
    expect(output).toContain('content/handbook/card-dead-link.mdx: lessons.1: "no-such-lesson" is not a lesson (known: listen-well, say-hello)');
  });
});
