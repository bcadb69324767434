import path from 'node:path';

import { createStrapi } from '@strapi/strapi';

import { seedDemoContent } from '../src/seed/demo-content';

// Compiled to dist/scripts/seed.js; the cms folder is two levels up.
const cmsRoot = path.resolve(__dirname, '..', '..');

/**
 * `node dist/scripts/seed.js`: loads the compiled CMS without serving HTTP, fills an empty
 * database with demo content, and prints one JSON line that `npm start` reads.
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
    process.stdout.write(`${JSON.stringify({ seedReport: report })}\n`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`huijiu-cms: seeding failed: ${String(error)}\n`);
  process.exit(1);
});
