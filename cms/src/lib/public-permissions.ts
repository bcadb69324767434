import type { Core } from '@strapi/strapi';

import { PUBLIC_READ_ACTIONS, PUBLIC_WRITE_ACTIONS } from './public-api';

const PUBLIC_ACTIONS = [...PUBLIC_READ_ACTIONS, ...PUBLIC_WRITE_ACTIONS];

/**
 * Gives the Public role exactly the content actions in `public-api.ts`: missing ones are added
 * and any other `api::` action is removed, so that a permission ticked by mistake in the admin
 * does not survive a restart. The users-permissions plugin's own public actions (sign-up,
 * log-in) are left as configured.
 */
export async function syncPublicPermissions(strapi: Core.Strapi): Promise<void> {
  const publicRole = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('The users-permissions Public role is missing');

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted = await permissions.findMany({
    where: { role: publicRole.id, action: { $startsWith: 'api::' } },
  });
  const grantedActions = new Set(granted.map((permission) => permission.action as string));

  const missing = PUBLIC_ACTIONS.filter((action) => !grantedActions.has(action));
  for (const action of missing) {
    await permissions.create({ data: { action, role: publicRole.id } });
  }
  const extra = granted.filter((permission) => !PUBLIC_ACTIONS.includes(permission.action));
  if (extra.length > 0) {
    await permissions.deleteMany({ where: { id: { $in: extra.map(({ id }) => id) } } });
  }

  if (missing.length > 0) strapi.log.info(`Public role may now: ${missing.join(', ')}`);
  if (extra.length > 0) {
    strapi.log.warn(`Public role lost: ${extra.map(({ action }) => action).join(', ')}`);
  }
}
