import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { cmsDir } from './helpers/paths';

const strapiPackage = require.resolve('@strapi/strapi/package.json', { paths: [cmsDir] });
const strapiBin = path.join(path.dirname(strapiPackage), 'bin', 'strapi.js');

/** Runs `strapi start` on the production build, as `npm start` does, with `env` on top. */
function startWith(env: Record<string, string>) {
  return spawnSync(process.execPath, [strapiBin, 'start'], {
    cwd: cmsDir,
    env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('starting the CMS with bad configuration', () => {
  // An empty value overrides whatever cms/.env holds, and counts as unset.
  it('stops with one line naming a missing secret, and no stack trace', () => {
    const result = startWith({ APP_KEYS: '' });

    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'huijiu-cms: configuration error: APP_KEYS is not set. Delete cms/.env and run ' +
        '`npm start` to generate fresh secrets, or set it yourself.\n',
    );
  });

  it('stops with one line when the database URL is not PostgreSQL', () => {
    const result = startWith({ DATABASE_URL: 'mysql://root@127.0.0.1/huijiu' });

    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'huijiu-cms: configuration error: DATABASE_URL must be a postgres:// connection URL. ' +
        'Use the form postgres://user:password@host:5432/database, or unset it to use SQLite.\n',
    );
  });
});
