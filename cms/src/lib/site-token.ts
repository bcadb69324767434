import type { Core } from '@strapi/strapi';

import { PUBLIC_READ_ACTIONS } from './public-api';

export const SITE_TOKEN_NAME = 'huijiu-site-read';

interface StoredToken {
  id: number;
  accessKey?: string;
  permissions?: string[];
}

/**
 * The API token the site reads the CMS with: a custom token allowed exactly the public reads,
 * never the users list or any write, unlike Strapi's built-in read-only type. Created on the
 * first start; later starts bring its permissions back in line and return the same key, which
 * Strapi keeps encrypted with ENCRYPTION_KEY.
 */
export async function ensureSiteReadToken(strapi: Core.Strapi): Promise<string> {
  const tokens = strapi.service('admin::api-token-content-api');
  const existing = (await tokens.getByName(SITE_TOKEN_NAME, {
    includeDecryptedKey: true,
  })) as StoredToken | null;

  if (existing?.accessKey) {
    const granted = new Set(existing.permissions ?? []);
    const inLine =
      granted.size === PUBLIC_READ_ACTIONS.length &&
      PUBLIC_READ_ACTIONS.every((action) => granted.has(action));
    if (!inLine) {
      await tokens.update(existing.id, { permissions: PUBLIC_READ_ACTIONS });
      strapi.log.info(`API token ${SITE_TOKEN_NAME}: permissions brought back in line`);
    }
    return existing.accessKey;
  }

  const created = (await tokens.create({
    name: SITE_TOKEN_NAME,
    description: '网站服务端读取已发布内容（只读，自动创建）',
    type: 'custom',
    lifespan: null,
    permissions: PUBLIC_READ_ACTIONS,
  })) as StoredToken;
  strapi.log.info(`API token ${SITE_TOKEN_NAME} created`);
  return created.accessKey as string;
}
