// `npm test`: fast checks first, so a type or unit error fails within the first minute; then one build;
// then the tests that read dist/, one heavy project at a time (two cores do not share well).
//   1. types (astro check)
//   2. unit, content and component tests (no build needed)
//   3. lint (ESLint, Prettier, the content rules)
//   4. the build (astro build + pagefind)
//   5. build-output tests, then browser tests in Chromium
// Without Chromium the browser project is left out with one loud line, except on CI (CI=true),
// where a missing Chromium is a failure. Extra arguments go to every Vitest run.
import { spawnSync } from 'node:child_process';
import { CHROMIUM_INSTALL_HINT, findChromium } from '../test/support/chromium.ts';

const onCI = process.env.CI === 'true' || process.env.CI === '1';
const extra = process.argv.slice(2);
const started = Date.now();

function step(label, cmd, args) {
  const t0 = Date.now();
  console.log(`\n▶ ${label}`);
  const status = spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
  const took = `${Math.round((Date.now() - t0) / 1000)} s`;
  if (status !== 0) {
    console.error(`\n✗ ${label} failed after ${took} (npm test stopped here).`);
    process.exit(status);
  }
  console.log(`✓ ${label} (${took})`);
}

const vitest = (...projects) => ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), ...extra];

const chromium = findChromium();
if (!chromium && onCI) {
  console.error(`\nFAILED: Chromium not found, and CI needs the browser tests. Install it: ${CHROMIUM_INSTALL_HINT}\n`);
  process.exit(1);
}

step('Types', 'npx', ['astro', 'check', '--minimumFailingSeverity', 'warning']);
step('Unit, content and component tests', 'npx', vitest('unit', 'content', 'components'));
step('Lint and format', 'npm', ['run', '--silent', 'lint']);
step('Build', 'npm', ['run', '--silent', 'build']);
step('Build-output tests', 'npx', vitest('build'));
if (chromium) step('Browser tests', 'npx', vitest('e2e'));
else console.warn(`\n*** SKIPPED: browser tests (test/e2e): Chromium not found. Install it: ${CHROMIUM_INSTALL_HINT} ***\n`);

console.log(`\nAll of npm test passed in ${Math.round((Date.now() - started) / 1000)} s.`);
