import type { Core } from '@strapi/strapi';

/** What anonymous callers of the REST API may read. Everything else stays closed. */
export const PUBLIC_READ_ACTIONS = ['api::global.global.find'] as const;

/**
 * Makes the Public role allow exactly the reads above. Runs on every start so that a fresh
 * database and an upgraded one end up with the same permissions; it never widens anything
 * an administrator removed from outside this list, and it removes nothing.
 */
export async function grantPublicReads(strapi: Core.Strapi): Promise<void> {
  const publicRole = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('The users-permissions Public role is missing');

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted = await permissions.findMany({
    where: { role: publicRole.id, action: { $in: [...PUBLIC_READ_ACTIONS] } },
  });
  const grantedActions = new Set(granted.map((permission) => permission.action as string));
  const missing = PUBLIC_READ_ACTIONS.filter((action) => !grantedActions.has(action));

  for (const action of missing) {
    await permissions.create({ data: { action, role: publicRole.id } });
  }
  if (missing.length > 0) strapi.log.info(`Public role may now read: ${missing.join(', ')}`);
}
