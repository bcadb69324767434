import type { Core } from '@strapi/strapi';

import {
  MEMBER_ACTIONS,
  PUBLIC_READ_ACTIONS,
  PUBLIC_WRITE_ACTIONS,
  SITE_ONLY_READ_ACTIONS,
} from './public-api';

/** The site's two credentials: one that reads published content, one that forwards writes. */
export const SITE_TOKENS = {
  read: {
    name: 'huijiu-site-read',
    description: '网站服务端读取已发布内容（只读，自动创建）',
    permissions: [...PUBLIC_READ_ACTIONS, ...SITE_ONLY_READ_ACTIONS],
  },
  write: {
    name: 'huijiu-site-write',
    description: '网站服务端转交访客和会员提交的内容（反馈、注册登录、会员操作，自动创建）',
    permissions: [...PUBLIC_WRITE_ACTIONS, ...MEMBER_ACTIONS],
  },
} as const;

type SiteTokenKind = keyof typeof SITE_TOKENS;

interface StoredToken {
  id: number;
  accessKey?: string;
  permissions?: string[];
}

/**
 * One of the site's API tokens: a custom token allowed exactly its list of actions, never the
 * users list or anything else, unlike Strapi's built-in read-only type. Created on the first
 * start; later starts bring its permissions back in line and return the same key, which Strapi
 * keeps encrypted with ENCRYPTION_KEY.
 */
export async function ensureSiteToken(
  strapi: Core.Strapi,
  kind: SiteTokenKind = 'read',
): Promise<string> {
  const { name, description, permissions } = SITE_TOKENS[kind];
  const wanted: readonly string[] = permissions;
  const tokens = strapi.service('admin::api-token-content-api');
  const existing = (await tokens.getByName(name, {
    includeDecryptedKey: true,
  })) as StoredToken | null;

  if (existing?.accessKey) {
    const granted = new Set(existing.permissions ?? []);
    const inLine = granted.size === wanted.length && wanted.every((action) => granted.has(action));
    if (!inLine) {
      await tokens.update(existing.id, { permissions: [...wanted] });
      strapi.log.info(`API token ${name}: permissions brought back in line`);
    }
    return existing.accessKey;
  }

  const created = (await tokens.create({
    name,
    description,
    type: 'custom',
    lifespan: null,
    permissions: [...wanted],
  })) as StoredToken;
  strapi.log.info(`API token ${name} created`);
  return created.accessKey as string;
}
