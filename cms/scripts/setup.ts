import path from 'node:path';

import { createStrapi } from '@strapi/strapi';

import { createDemoAdmins } from '../src/lib/demo-admins';
import { ensureSiteToken } from '../src/lib/site-token';
import { seedDemoContent } from '../src/seed/demo-content';

// Compiled to dist/scripts/setup.js; the cms folder is two levels up.
const cmsRoot = path.resolve(__dirname, '..', '..');

/**
 * `node dist/scripts/setup.js`, run by `npm start` before serving: creates or migrates the
 * database, loads the demo into an empty one together with its admin accounts, makes sure the
 * site's API tokens exist, and prints one JSON line for `npm start` (on a pipe, never to the
 * terminal, as it holds the keys and the new accounts' passwords, which `npm start` shows once).
 */
async function main(): Promise<void> {
  const strapi = await createStrapi({
    appDir: cmsRoot,
    distDir: path.join(cmsRoot, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();

  try {
    const report = await seedDemoContent(strapi);
    const siteTokens = {
      read: await ensureSiteToken(strapi, 'read'),
      write: await ensureSiteToken(strapi, 'write'),
    };
    // Last, so that no later failure loses the only copy of the passwords.
    const demoAccounts = report.seeded ? await createDemoAdmins(strapi) : [];
    process.stdout.write(`${JSON.stringify({ setup: { ...report, demoAccounts, siteTokens } })}\n`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`huijiu-cms: set-up failed: ${String(error)}\n`);
  process.exit(1);
});
