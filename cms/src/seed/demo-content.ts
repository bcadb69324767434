import type { Core } from '@strapi/strapi';

export interface SeedReport {
  /** False when the database already held content and nothing was written. */
  seeded: boolean;
  /** How many admin users exist; 0 means the first one still has to be registered. */
  adminUsers: number;
}

/**
 * Fills an empty database with the demo portal. A database that already has site settings
 * counts as in use and is left untouched, so running this twice is safe.
 */
export async function seedDemoContent(strapi: Core.Strapi): Promise<SeedReport> {
  const adminUsers = await strapi.db.query('admin::user').count();
  const existing = await strapi.documents('api::global.global').findFirst();
  if (existing) return { seeded: false, adminUsers };

  await strapi.documents('api::global.global').create({
    data: {
      siteName: '惠久商贸网',
      titleTemplate: '%s - 惠久商贸网',
      tagline: '供求信息、团购优惠与行业资讯，一站看全',
      description:
        '惠久是面向中小商家与采购方的商贸信息平台：发布供应与求购信息，参与本地与快递团购，' +
        '每天都有 0 元抽奖。',
    },
  });
  strapi.log.info('Demo content loaded: site settings');

  return { seeded: true, adminUsers };
}
