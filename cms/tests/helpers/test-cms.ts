import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { createStrapi, type Core } from '@strapi/strapi';
import { Client } from 'pg';

import { cmsDir, testDistDir } from './paths';

export type TestDatabaseKind = 'sqlite' | 'postgres';

export interface TestCms {
  strapi: Core.Strapi;
  database: TestDatabaseKind;
  /** Base URL when started with `listen: true`. */
  url: string | undefined;
  stop(): Promise<void>;
}

const secret = () => randomBytes(24).toString('base64');

/** Which database this run uses: `TEST_DB=postgres` needs `TEST_DATABASE_URL`. */
export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.TEST_DB ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`TEST_DB=${kind} is not known`);
  if (kind === 'postgres' && !process.env.TEST_DATABASE_URL) {
    throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL=postgres://…');
  }
  return kind;
}

interface Database {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A database of its own for one test file: a SQLite file or a new PostgreSQL database. */
async function createDatabase(kind: TestDatabaseKind): Promise<Database> {
  const name = `huijiu_test_${process.pid}_${randomBytes(4).toString('hex')}`;

  if (kind === 'sqlite') {
    const file = path.join(cmsDir, '.tmp', `${name}.db`);
    return {
      // An empty DATABASE_URL counts as unset, and keeps one from cms/.env out of the test.
      env: { DATABASE_URL: '', DATABASE_FILENAME: file },
      async drop() {
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }

  const serverUrl = process.env.TEST_DATABASE_URL as string;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  return {
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * Lets the test CMS serve the admin panel of the production build: Strapi looks for it in
 * `build` beside the compiled code, which for tests is `testDistDir`, so that folder gets a link
 * to `cms/dist/build` (the admin is compiled only by `npm run build`, about a minute).
 */
function linkAdminBuild(): void {
  const built = path.join(cmsDir, 'dist', 'build');
  if (!existsSync(path.join(built, 'index.html'))) {
    throw new Error('The admin panel is not built: run `npm run build` first');
  }
  const link = path.join(testDistDir, 'build');
  if (!existsSync(link)) symlinkSync(built, link, 'dir');
}

interface StartOptions {
  /** Serve HTTP on a free local port. */
  listen?: boolean;
  /** Serve the built admin panel at `/admin`, for tests that drive it in a browser. */
  adminPanel?: boolean;
}

/**
 * Boots the compiled CMS in this process on a fresh database, as `strapi start` would but
 * without the admin panel unless asked. With `listen`, it also serves HTTP on a free local port.
 */
export async function startTestCms({
  listen = false,
  adminPanel = false,
}: StartOptions = {}): Promise<TestCms> {
  if (adminPanel) linkAdminBuild();
  const database = testDatabaseKind();
  const db = await createDatabase(database);
  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    PREVIEW_SECRET: secret(),
    ...db.env,
  });

  const strapi = await createStrapi({
    appDir: cmsDir,
    distDir: testDistDir,
    autoReload: false,
    serveAdminPanel: adminPanel,
  }).load();
  await strapi.server.mount();

  let url: string | undefined;
  if (listen) {
    const server = strapi.server.httpServer;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  let stopped: Promise<void> | undefined;
  return {
    strapi,
    database,
    url,
    // Safe to call twice: a test may stop the CMS early, and teardown stops it again.
    stop() {
      stopped ??= strapi.destroy().then(() => db.drop());
      return stopped;
    },
  };
}
