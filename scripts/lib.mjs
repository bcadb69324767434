// Helpers behind `npm start` and `npm test`. Zero dependencies: these run before `npm install`.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cmsDir = path.join(root, 'cms');
export const siteDir = path.join(root, 'site');
export const sharedDir = path.join(root, 'shared');

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
export const bold = (text) => paint(1, text);
export const green = (text) => paint(32, text);
export const red = (text) => paint(31, text);
export const dim = (text) => paint(2, text);

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Runs one named step, printing when it starts and ends and, for quiet commands, a line every
 * 15 seconds so that a long build never looks stuck.
 */
export async function step(title, work) {
  const started = Date.now();
  process.stdout.write(`${bold('▸')} ${title}…\n`);
  const ticker = setInterval(() => {
    process.stdout.write(dim(`  … ${title} (${seconds(started)})\n`));
  }, 15_000);
  try {
    const result = await work();
    process.stdout.write(`${green('✓')} ${title} ${dim(`(${seconds(started)})`)}\n`);
    return result;
  } catch (error) {
    process.stdout.write(`${red('✗')} ${title} ${dim(`(${seconds(started)})`)}\n`);
    throw error;
  } finally {
    clearInterval(ticker);
  }
}

/** A failure already explained to the user; the caller prints its message without a trace. */
export class StepError extends Error {}

/** Runs a command to completion; rejects with StepError naming it when it fails. */
export function run(command, args, { cwd = root, env = process.env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new StepError(`${command}: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(output);
      if (quiet) process.stderr.write(output);
      const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      reject(new StepError(`\`${[command, ...args].join(' ')}\` ${how} (in ${cwd})`));
    });
  });
}

export const npmCommand = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Path of an installed package's binary script, run with this Node. */
export function binPath(packageName, binName = packageName, from = root) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', packageName, 'package.json');
    if (existsSync(manifest)) {
      const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
      const relative = typeof bin === 'string' ? bin : bin[binName];
      return path.join(path.dirname(manifest), relative);
    }
    if (dir === path.dirname(dir)) throw new StepError(`${packageName} is not installed`);
  }
}

const IGNORED_DIRS = new Set(['node_modules', 'dist', 'build', '.astro', '.strapi', '.tmp']);

function listFiles(target, into) {
  if (!existsSync(target)) return;
  const stats = statSync(target);
  if (stats.isFile()) return void into.push(target);
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.isDirectory() && IGNORED_DIRS.has(entry.name)) continue;
    listFiles(path.join(target, entry.name), into);
  }
}

/**
 * A fingerprint of the given files and folders: their paths and contents. Contents, not
 * modification times, so that a fresh clone or a `git checkout` does not look stale.
 */
export function fingerprint(targets) {
  const files = [];
  for (const target of targets) listFiles(path.join(root, target), files);
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Whether `stampFile` records `print`; builds write their stamp only after they succeed. */
export const isFresh = (stampFile, print) =>
  existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === print;

export const writeStamp = (stampFile, print) => writeFileSync(stampFile, `${print}\n`);

const INSTALL_INPUTS = [
  'package.json',
  'package-lock.json',
  ...['shared', 'cms', 'site'].map((w) => `${w}/package.json`),
];
const installStamp = path.join(root, 'node_modules', '.huijiu-install');

/** Installs dependencies from the lock file when they are missing or the manifests changed. */
export async function ensureInstalled() {
  const print = fingerprint(INSTALL_INPUTS);
  if (isFresh(installStamp, print)) return;

  const fresh = !existsSync(path.join(root, 'node_modules'));
  await step(
    fresh ? 'Installing dependencies (first run: a few minutes)' : 'Updating dependencies',
    () =>
      run(npmCommand, [fresh ? 'ci' : 'install', '--no-audit', '--no-fund'], {
        env: { ...process.env, npm_config_loglevel: 'error' },
      }),
  );
  writeStamp(installStamp, print);
}

const SHARED_INPUTS = [
  'shared/src',
  'shared/package.json',
  'shared/build.mjs',
  'shared/tsconfig.base.json',
  'shared/tsconfig.esm.json',
  'shared/tsconfig.cjs.json',
];

/** Builds `@huijiu/shared` (ESM and CommonJS) when its sources changed. */
export async function ensureSharedBuilt() {
  const stamp = path.join(sharedDir, 'dist', '.build-stamp');
  const print = fingerprint(SHARED_INPUTS);
  if (isFresh(stamp, print)) return print;

  await step('Building shared schemas', () =>
    run(process.execPath, ['build.mjs'], { cwd: sharedDir }),
  );
  writeStamp(stamp, print);
  return print;
}

const CMS_INPUTS = [
  'cms/src',
  'cms/config',
  'cms/scripts',
  'cms/package.json',
  'cms/tsconfig.json',
  'cms/favicon.png',
];

/** Builds the Strapi admin and compiles the CMS when either changed. */
export async function ensureCmsBuilt() {
  // Strapi loads the configuration while building, and the configuration needs its secrets.
  const wrote = ensureCmsEnvFile();
  if (wrote) console.log(dim(`  ${wrote}`));
  const sharedPrint = await ensureSharedBuilt();
  const stamp = path.join(cmsDir, 'dist', '.build-stamp');
  const print = fingerprint(CMS_INPUTS) + sharedPrint;
  if (isFresh(stamp, print)) return;

  await step('Building the CMS and its admin panel (about a minute)', () =>
    run(process.execPath, [binPath('@strapi/strapi', 'strapi', cmsDir), 'build', '--minify'], {
      cwd: cmsDir,
      env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
    }),
  );
  writeStamp(stamp, print);
}

const SITE_INPUTS = [
  'site/src',
  'site/public',
  'site/astro.config.mjs',
  'site/package.json',
  'site/tsconfig.json',
];

/** Builds the Astro site when its sources changed. */
export async function ensureSiteBuilt() {
  const sharedPrint = await ensureSharedBuilt();
  const stamp = path.join(siteDir, 'dist', '.build-stamp');
  const print = fingerprint(SITE_INPUTS) + sharedPrint;
  if (isFresh(stamp, print)) return;

  await step('Building the site', () =>
    run(process.execPath, [binPath('astro', 'astro', siteDir), 'build'], {
      cwd: siteDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      quiet: true,
    }),
  );
  writeStamp(stamp, print);
}

/** Secrets the CMS needs; generated once per installation, never shared or committed. */
const SECRET_NAMES = [
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  // The site gets this one too (see start.mjs), to check the CMS's preview links.
  'PREVIEW_SECRET',
];

const newSecret = () => randomBytes(24).toString('base64');

const cmsEnvFile = path.join(cmsDir, '.env');

/** `NAME=value` lines of a .env file; comments and blank lines are skipped. */
export function readEnvFile(file = cmsEnvFile) {
  if (!existsSync(file)) return {};
  const entries = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line))
    .filter((match) => match !== null)
    .map(([, name, value]) => [name, value.replace(/^(['"])(.*)\1$/, '$2')]);
  return Object.fromEntries(entries);
}

/**
 * Writes cms/.env with freshly generated secrets when there is none, and adds secrets that a
 * newer version needs to one written earlier. Returns what it did, or null when nothing.
 */
export function ensureCmsEnvFile() {
  if (!existsSync(cmsEnvFile)) {
    const lines = [
      '# Written by `npm start` with secrets generated for this installation. Keep it private.',
      '# Other settings (ports, DATABASE_URL, ...) are described in README.md.',
      `APP_KEYS=${[newSecret(), newSecret(), newSecret(), newSecret()].join(',')}`,
      ...SECRET_NAMES.map((name) => `${name}=${newSecret()}`),
      '',
    ];
    writeFileSync(cmsEnvFile, lines.join('\n'), { mode: 0o600 });
    return 'wrote cms/.env with freshly generated secrets';
  }

  // A secret set in the environment wins over the file (dotenv never overrides), so it counts.
  const present = { ...readEnvFile(), ...process.env };
  const missing = SECRET_NAMES.filter((name) => !present[name]);
  if (missing.length === 0) return null;

  const text = readFileSync(cmsEnvFile, 'utf8');
  const added = missing.map((name) => `${name}=${newSecret()}`);
  appendFileSync(cmsEnvFile, `${text.endsWith('\n') ? '' : '\n'}${added.join('\n')}\n`);
  return `added ${missing.join(', ')} to cms/.env`;
}
