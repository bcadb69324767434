// `npm start`: sets up what is missing (dependencies, secrets, builds, demo content) and runs
// the CMS and the site in production mode until Ctrl-C.
//   npm start                  set up and serve
//   npm run build              set up and build only
//   npm run seed               load demo content into an empty database
//   npm run reset-demo         delete the SQLite database and uploads, then load the demo again
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
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
  readEnvFile,
  red,
  run,
  siteDir,
  step,
} from './lib.mjs';

const mode = process.argv[2] ?? '--serve';
const MODES = ['--serve', '--build-only', '--seed-only', '--reset-demo'];

const host = process.env.HOST || '127.0.0.1';
const cmsPort = process.env.CMS_PORT || '1337';
const sitePort = process.env.SITE_PORT || '4321';
// What browsers open; 0.0.0.0 is an address to listen on, not one to visit.
const visibleHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
const cmsUrl = `http://${visibleHost}:${cmsPort}`;
const siteUrl = process.env.PUBLIC_SITE_URL || `http://${visibleHost}:${sitePort}`;

const cmsEnv = {
  ...process.env,
  NODE_ENV: 'production',
  STRAPI_TELEMETRY_DISABLED: 'true',
  HOST: host,
  PORT: cmsPort,
  SITE_URL: process.env.SITE_URL || siteUrl,
};

const siteEnv = {
  ...process.env,
  NODE_ENV: 'production',
  HOST: host,
  PORT: sitePort,
  CMS_URL: process.env.CMS_URL || `http://127.0.0.1:${cmsPort}`,
  PUBLIC_SITE_URL: siteUrl,
};

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 3)) {
    throw new StepError(`Node.js 20.3 or newer is needed; this is ${process.versions.node}.`);
  }
}

/**
 * Creates or migrates the database, loads the demo and its admin accounts into an empty one and
 * makes sure the site's API tokens exist. Returns the set-up report: whether it seeded, how
 * many admins existed, the new demo accounts with their passwords (shown once by
 * `printDemoAccounts`), and the tokens (read from a pipe; they are never printed).
 */
async function setUp() {
  const output = await step('Preparing the database and demo content', () =>
    run(process.execPath, [path.join('dist', 'scripts', 'setup.js')], {
      cwd: cmsDir,
      env: cmsEnv,
      quiet: true,
    }),
  );
  const line = output.split('\n').find((text) => text.startsWith('{"setup"'));
  if (!line) throw new StepError('The CMS set-up did not report what it did.');

  const { setup } = JSON.parse(line);
  console.log(dim(setup.seeded ? '  demo content loaded' : '  database already has content'));
  return setup;
}

/**
 * The demo's admin accounts right after a fresh seed, the only time their passwords are known
 * (nothing keeps them). Printed as soon as set-up is done, before anything can fail and lose
 * them.
 */
function printDemoAccounts(accounts) {
  const width = Math.max(...accounts.map(({ email }) => email.length));
  console.log(`
${bold('Admin accounts of the demo')} (shown only this once: note the passwords now, and change
them in the admin under 个人设置 once you are in):`);
  for (const { role, email, password } of accounts) {
    console.log(`  ${email.padEnd(width)}  ${bold(password)}  ${role}`);
  }
  console.log('');
}

/** How to get into the admin, for the banner once both apps are up. */
function adminHint(setup) {
  if (setup.demoAccounts.length > 0) {
    return '  Log in with one of the demo accounts printed above.\n';
  }
  if (setup.adminUsers === 0) {
    return `
  No administrator exists yet: open ${cmsUrl}/admin and register the first one
  (that account becomes the super admin).
`;
  }
  return '';
}

function resetDemo() {
  if (process.env.DATABASE_URL) {
    throw new StepError(
      'reset-demo only deletes the embedded SQLite database. With DATABASE_URL set, drop and ' +
        'recreate that database yourself, then run `npm run seed`.',
    );
  }
  rmSync(path.join(cmsDir, '.tmp'), { recursive: true, force: true });
  // Strapi refuses to start without the uploads folder, so only its files go.
  const uploads = path.join(cmsDir, 'public', 'uploads');
  mkdirSync(uploads, { recursive: true });
  for (const entry of readdirSync(uploads)) {
    if (entry !== '.gitkeep') rmSync(path.join(uploads, entry), { recursive: true, force: true });
  }
  console.log(dim('  deleted cms/.tmp (SQLite database) and the files in cms/public/uploads'));
}

/** Starts one app with its output prefixed, so that both logs read well in one terminal. */
function launch(name, args, options) {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = dim(`[${name}] `);
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop();
      for (const text of lines) process.stdout.write(`${prefix}${text}\n`);
    });
  }
  return child;
}

async function waitUntilUp(name, url, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new StepError(`The ${name} stopped while starting.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StepError(`The ${name} did not answer at ${url} within two minutes.`);
}

async function serve(setup) {
  const cms = launch('cms', [binPath('@strapi/strapi', 'strapi', cmsDir), 'start'], {
    cwd: cmsDir,
    env: cmsEnv,
  });
  const site = launch('site', ['server.mjs'], {
    cwd: siteDir,
    env: {
      ...siteEnv,
      CMS_API_TOKEN: process.env.CMS_API_TOKEN || setup.siteTokens.read,
      CMS_WRITE_TOKEN: process.env.CMS_WRITE_TOKEN || setup.siteTokens.write,
      // The CMS reads it from cms/.env unless the environment sets it; the site gets the same.
      PREVIEW_SECRET: process.env.PREVIEW_SECRET || readEnvFile().PREVIEW_SECRET,
    },
  });
  const children = [cms, site];

  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    console.log(dim('\nStopping the CMS and the site…'));
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    const force = setTimeout(() => {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    }, 10_000);
    force.unref();
    Promise.all(
      children.map((child) => child.exitCode ?? new Promise((r) => child.once('exit', r))),
    ).then(() => process.exit(code));
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  for (const [name, child] of [
    ['CMS', cms],
    ['site', site],
  ]) {
    child.once('exit', (code, signal) => {
      if (stopping) return;
      console.error(red(`The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}).`));
      stop(1);
    });
  }

  await step('Starting the CMS and the site', () =>
    Promise.all([
      waitUntilUp('CMS', `http://127.0.0.1:${cmsPort}/_health`, cms),
      waitUntilUp('site', `http://127.0.0.1:${sitePort}/_health`, site),
    ]),
  );

  console.log(`
${bold('Huijiu is running.')}
  Site:        ${siteUrl}
  CMS admin:   ${cmsUrl}/admin
  CMS API:     ${cmsUrl}/api
${adminHint(setup)}
Press Ctrl-C to stop both.`);
}

async function main() {
  if (!MODES.includes(mode)) {
    throw new StepError(`Unknown option ${mode}; use one of ${MODES.join(', ')}.`);
  }
  checkNode();

  await ensureInstalled();
  await ensureCmsBuilt();
  await ensureSiteBuilt();
  if (mode === '--build-only') return;

  if (mode === '--seed-only') {
    // `npm run seed -- --scale 100000` passes its options on to the generator.
    await run(
      process.execPath,
      [path.join('dist', 'scripts', 'seed.js'), ...process.argv.slice(3)],
      {
        cwd: cmsDir,
        env: cmsEnv,
      },
    );
    return;
  }

  if (mode === '--reset-demo') resetDemo();
  const setup = await setUp();
  if (setup.demoAccounts.length > 0) printDemoAccounts(setup.demoAccounts);
  if (mode === '--serve') await serve(setup);
}

main().catch((error) => {
  if (error instanceof StepError) {
    console.error(red(`npm start: ${error.message}`));
  } else {
    console.error(error);
  }
  process.exit(1);
});
