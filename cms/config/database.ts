import path from 'node:path';

import type { Core } from '@strapi/strapi';

import { loadCmsEnv } from '../src/lib/env';

// Config files run from dist/config once compiled; the cms folder is two levels up.
const cmsRoot = path.resolve(__dirname, '..', '..');

/** How long a SQLite writer waits for another to finish before failing with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

interface SqliteConnection {
  pragma(source: string): unknown;
}

/** The parts of a postgres:// URL, as Strapi's typed connection settings want them. */
function postgresConnection(databaseUrl: string) {
  const url = new URL(databaseUrl);

  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    database: decodeURIComponent(url.pathname.slice(1)) || 'postgres',
    user: decodeURIComponent(url.username) || 'postgres',
    password: decodeURIComponent(url.password),
  };
}

export default (): Core.Config.Database => {
  const env = loadCmsEnv();

  if (env.DATABASE_URL) {
    return {
      connection: {
        client: 'postgres',
        connection: { ...postgresConnection(env.DATABASE_URL), ssl: env.DATABASE_SSL },
        pool: { min: 0, max: env.DATABASE_POOL_MAX },
        acquireConnectionTimeout: 60_000,
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(cmsRoot, env.DATABASE_FILENAME) },
      useNullAsDefault: true,
      pool: {
        // WAL lets readers go on while one writer commits, which is what a CMS serving an
        // SSR site needs; the busy timeout queues concurrent writers instead of failing them.
        afterCreate(connection: unknown, done: (error?: Error, connection?: unknown) => void) {
          try {
            const sqlite = connection as SqliteConnection;
            sqlite.pragma('journal_mode = WAL');
            sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
            done(undefined, connection);
          } catch (error) {
            done(error as Error, connection);
          }
        },
      },
    },
  };
};
