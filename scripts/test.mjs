// `npm test`: build the site (the build-output and browser tests read dist/), type-check, then run every
// Vitest project. Without Chromium the browser project is left out with one loud line,
// except on CI (CI=true), where a missing Chromium is a failure.
import { spawnSync } from 'node:child_process';
import { CHROMIUM_INSTALL_HINT, findChromium } from '../test/support/chromium.ts';

const onCI = process.env.CI === 'true' || process.env.CI === '1';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

const built = run('npm', ['run', '--silent', 'build']);
if (built !== 0) process.exit(built);
const typed = run('npx', ['astro', 'check', '--minimumFailingSeverity', 'warning']);
if (typed !== 0) process.exit(typed);

const projects = ['--project', 'unit', '--project', 'content', '--project', 'components', '--project', 'build'];
if (findChromium()) {
  projects.push('--project', 'e2e');
} else if (onCI) {
  console.error(`\nFAILED: Chromium not found, and CI needs the browser tests. Install it: ${CHROMIUM_INSTALL_HINT}\n`);
  process.exit(1);
} else {
  console.warn(`\n*** SKIPPED: browser tests (test/e2e): Chromium not found. Install it: ${CHROMIUM_INSTALL_HINT} ***\n`);
}

process.exit(run('npx', ['vitest', 'run', ...projects, ...process.argv.slice(2)]));
