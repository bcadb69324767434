import path from 'node:path';
import { parseArgs } from 'node:util';

import { createStrapi } from '@strapi/strapi';

import { createDemoAdmins, formatDemoAccounts } from '../src/lib/demo-admins';
import { seedDemoContent } from '../src/seed/demo-content';

// Compiled to dist/scripts/seed.js; the cms folder is two levels up.
const cmsRoot = path.resolve(__dirname, '..', '..');

/** `--scale N`: how many benchmark listings to add; 0 when not given. */
function scaleOption(): number {
  const { values } = parseArgs({ options: { scale: { type: 'string' } } });
  if (values.scale === undefined) return 0;

  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1) {
    throw new Error(
      `--scale wants a whole number of listings, such as 100000, not "${values.scale}"`,
    );
  }
  return scale;
}

/**
 * `node dist/scripts/seed.js [--scale N]`: loads the compiled CMS without serving HTTP, fills
 * an empty database with demo content and its admin accounts (and adds N benchmark listings),
 * prints the new accounts' passwords once for the operator, and one JSON line that `npm start`
 * reads (without the passwords).
 */
async function main(): Promise<void> {
  const scale = scaleOption();
  const strapi = await createStrapi({
    appDir: cmsRoot,
    distDir: path.join(cmsRoot, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();

  try {
    const report = await seedDemoContent(strapi, { scale });
    const demoAccounts = report.seeded ? await createDemoAdmins(strapi) : [];
    if (demoAccounts.length > 0) process.stdout.write(`${formatDemoAccounts(demoAccounts)}\n`);
    process.stdout.write(`${JSON.stringify({ seedReport: report })}\n`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`huijiu-cms: seeding failed: ${String(error)}\n`);
  process.exit(1);
});
