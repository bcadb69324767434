// `npm test`: installs and builds what is missing, then runs every check and test tier and ends
// with one line: `N passed, N failed` (`, N skipped` when a tier could not run here).
//   type-check of each workspace, ESLint, Prettier        (one check each)
//   unit tests                                             jest, *.test.ts
//   integration tests on SQLite                            jest, *.int.test.ts
//   the same on PostgreSQL when TEST_DATABASE_URL is set   (required when CI is set)
//   browser tests where Chromium exists                    jest, *.e2e.test.ts (required in CI)
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import {
  StepError,
  binPath,
  bold,
  cmsDir,
  dim,
  ensureCmsBuilt,
  ensureInstalled,
  ensureSiteBuilt,
  green,
  red,
  root,
  run,
  sharedDir,
  siteDir,
} from './lib.mjs';

const inCi = Boolean(process.env.CI);
const resultsDir = path.join(root, '.test-results');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function record(name, outcome, detail = '') {
  totals[outcome] += 1;
  if (outcome === 'failed') failures.push(name);
  const mark = { passed: green('✓'), failed: red('✗'), skipped: dim('-') }[outcome];
  console.log(`${mark} ${name}${detail ? dim(` ${detail}`) : ''}`);
}

/** One static check (type-check, lint, format) counts as one test. */
async function check(name, command, args, options) {
  console.log(`${bold('▸')} ${name}`);
  try {
    await run(command, args, { quiet: true, ...options });
    record(name, 'passed');
  } catch (error) {
    record(name, 'failed', error.message);
  }
}

/** Runs one jest project and adds its per-test counts to the totals. */
async function jestTier(name, project, env = {}, extraArgs = []) {
  console.log(`\n${bold('▸')} ${name}`);
  const outputFile = path.join(resultsDir, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(outputFile, { force: true });
  try {
    await run(
      process.execPath,
      [
        binPath('jest'),
        '--selectProjects',
        project,
        '--json',
        `--outputFile=${outputFile}`,
        '--ci',
        ...extraArgs,
      ],
      { env: { ...process.env, ...env } },
    );
  } catch {
    // Counted below from jest's report; a crash without a report counts as one failure.
  }
  if (!existsSync(outputFile)) return record(name, 'failed', 'jest did not report any results');

  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (report.numFailedTests + report.numRuntimeErrorTestSuites > 0 || !report.success) {
    failures.push(name);
  }
  console.log(dim(`  ${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`));
}

/** Marks a whole tier as not run, with the reason, counting its tests as skipped. */
async function skipTier(name, reason, project) {
  console.log(`\n${dim('-')} ${name}: ${reason}`);
  totals.skipped += await countTests(project);
}

/**
 * How many tests a tier holds, counted from its files' `it(`/`test(` calls, so that a tier
 * that cannot run here shows up in the skipped count rather than vanishing.
 */
async function countTests(project) {
  const listing = await run(
    process.execPath,
    [binPath('jest'), '--listTests', '--json', '--selectProjects', project],
    { quiet: true },
  );
  const files = JSON.parse(listing.slice(listing.indexOf('[')));
  const call = /\b(?:it|test)(?:\.each\([^)]*\))?\(\s*['"`]/g;
  return files.reduce(
    (sum, file) => sum + (readFileSync(file, 'utf8').match(call)?.length ?? 0),
    0,
  );
}

async function main() {
  await ensureInstalled();
  await ensureCmsBuilt();
  await ensureSiteBuilt();
  mkdirSync(resultsDir, { recursive: true });

  console.log(`\n${bold('Static checks')}`);
  const tsc = binPath('typescript', 'tsc');
  await check('type-check shared', process.execPath, [tsc, '-p', 'tsconfig.json'], {
    cwd: sharedDir,
  });
  await check('type-check cms', process.execPath, [tsc, '-p', 'tsconfig.check.json'], {
    cwd: cmsDir,
  });
  await check('type-check cms admin', process.execPath, [tsc, '-p', 'src/admin/tsconfig.json'], {
    cwd: cmsDir,
  });
  await check('type-check site', process.execPath, [binPath('astro', 'astro', siteDir), 'check'], {
    cwd: siteDir,
  });
  await check('eslint', process.execPath, [binPath('eslint'), '.', '--max-warnings', '0']);
  await check('prettier', process.execPath, [binPath('prettier'), '--check', '.']);

  await jestTier('unit tests', 'unit');

  const integrationArgs = ['--runInBand', '--testTimeout=180000'];
  await jestTier(
    'integration tests (SQLite)',
    'integration',
    { TEST_DB: 'sqlite' },
    integrationArgs,
  );
  if (process.env.TEST_DATABASE_URL) {
    await jestTier(
      'integration tests (PostgreSQL)',
      'integration',
      { TEST_DB: 'postgres' },
      integrationArgs,
    );
  } else if (inCi) {
    record(
      'integration tests (PostgreSQL)',
      'failed',
      'TEST_DATABASE_URL is not set, and CI requires this run',
    );
  } else {
    await skipTier(
      'integration tests (PostgreSQL)',
      'skipped: set TEST_DATABASE_URL=postgres://… to run them',
      'integration',
    );
  }

  const chromium = CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
  if (chromium) {
    await jestTier('browser tests', 'browser', { CHROMIUM_PATH: chromium }, integrationArgs);
  } else if (inCi) {
    record('browser tests', 'failed', 'Chromium is not installed, and CI requires them');
  } else {
    await skipTier(
      'browser tests',
      'skipped: Chromium is not installed (apt-get install chromium)',
      'browser',
    );
  }

  console.log('');
  if (failures.length > 0) console.log(red(`Failed: ${failures.join(', ')}`));
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exitCode = totals.failed > 0 || failures.length > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error instanceof StepError ? red(`npm test: ${error.message}`) : error);
  console.log(`${totals.passed} passed, ${totals.failed + 1} failed`);
  process.exit(1);
});
