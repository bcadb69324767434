import type { Core } from '@strapi/strapi';

import { PUBLIC_READ_ACTIONS, PUBLIC_WRITE_ACTIONS } from './public-api';

/**
 * What each users-permissions role may do, exactly. Anonymous callers read published content
 * and send feedback. Members act only through the site (see `lib/members.ts`), so neither role
 * keeps the plugin's own sign-up, log-in, password or profile routes: those would let anyone
 * skip the site's password rules, honeypot and limits.
 */
const ROLE_ACTIONS: Record<'public' | 'authenticated', readonly string[]> = {
  public: [...PUBLIC_READ_ACTIONS, ...PUBLIC_WRITE_ACTIONS],
  authenticated: [],
};

/** Actions under these prefixes are kept to the lists above; others (none today) are left. */
const SYNCED_PREFIXES = ['api::', 'plugin::users-permissions.'];

/**
 * Brings each role's permissions in line at every start: missing ones are added and any other
 * synced action is removed, so that a permission ticked by mistake in the admin does not
 * survive a restart.
 */
export async function syncRolePermissions(strapi: Core.Strapi): Promise<void> {
  for (const [type, actions] of Object.entries(ROLE_ACTIONS)) {
    await syncRole(strapi, type, actions);
  }
}

async function syncRole(strapi: Core.Strapi, type: string, wanted: readonly string[]) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  if (!role) throw new Error(`The users-permissions ${type} role is missing`);

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const granted = await permissions.findMany({
    where: {
      role: role.id,
      $or: SYNCED_PREFIXES.map((prefix) => ({ action: { $startsWith: prefix } })),
    },
  });
  const grantedActions = new Set(granted.map((permission) => permission.action as string));

  const missing = wanted.filter((action) => !grantedActions.has(action));
  for (const action of missing) {
    await permissions.create({ data: { action, role: role.id } });
  }
  const extra = granted.filter((permission) => !wanted.includes(permission.action));
  if (extra.length > 0) {
    await permissions.deleteMany({ where: { id: { $in: extra.map(({ id }) => id) } } });
  }

  if (missing.length > 0) strapi.log.info(`Role ${type} may now: ${missing.join(', ')}`);
  if (extra.length > 0) {
    strapi.log.info(`Role ${type} lost: ${extra.map(({ action }) => action).join(', ')}`);
  }
}
