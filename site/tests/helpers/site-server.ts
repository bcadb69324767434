import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';

import { ensureSiteToken } from '../../../cms/src/lib/site-token';
import type { TestCms } from '../../../cms/tests/helpers/test-cms';

export const siteDir = path.resolve(__dirname, '..', '..');

export interface RunningSite {
  url: string;
  /** Everything the server wrote so far, for assertions on its logs. */
  output(): string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, found by letting the OS pick one. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Runs the built site (`node server.mjs`, as in production) on a free port and waits until it
 * answers its health check. A `PORT` in `env` is used instead, for a test that needs the
 * address beforehand, e.g. to make it the site's own PUBLIC_SITE_URL.
 */
export async function startSite(env: Record<string, string>): Promise<RunningSite> {
  if (!existsSync(path.join(siteDir, 'dist', 'server', 'entry.mjs'))) {
    throw new Error('The site is not built: run `npm test` (or `npm run build`) first');
  }
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, ['server.mjs'], {
    cwd: siteDir,
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The site exited while starting:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The site did not start in time:\n${output}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

/**
 * Runs the built site against a test CMS the way `npm start` does: with the site's own read and
 * write tokens, so that tests see what production visitors see rather than the Public role, and
 * with the CMS's preview secret.
 */
export async function startSiteFor(
  cms: TestCms,
  env: Record<string, string> = {},
): Promise<RunningSite> {
  return startSite({
    CMS_URL: cms.url as string,
    CMS_API_TOKEN: await ensureSiteToken(cms.strapi, 'read'),
    CMS_WRITE_TOKEN: await ensureSiteToken(cms.strapi, 'write'),
    // startTestCms put the CMS's secrets into this process's environment.
    PREVIEW_SECRET: process.env.PREVIEW_SECRET ?? '',
    LOG_LEVEL: 'warn',
    ...env,
  });
}
