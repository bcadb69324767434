import { spawnSync } from 'node:child_process';

import { siteDir } from './helpers/site-server';

/** Runs the production entry, `node server.mjs`, with `env` on top of this process's. */
function startWith(env: Record<string, string>) {
  return spawnSync(process.execPath, ['server.mjs'], {
    cwd: siteDir,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('starting the site with bad configuration', () => {
  it('stops with one line naming the port, and no stack trace', () => {
    const result = startWith({ PORT: 'http' });

    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'huijiu-site: configuration error: PORT must be a port number. ' +
        'Choose a free port, e.g. 4321.\n',
    );
    expect(result.stdout).toBe('');
  });

  it('stops with one line when the CMS address is not a web URL', () => {
    const result = startWith({ CMS_URL: 'cms:1337' });

    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'huijiu-site: configuration error: CMS_URL must be an absolute http:// or https:// URL. ' +
        'Point it at the CMS, e.g. http://127.0.0.1:1337.\n',
    );
  });
});
