import { z } from 'zod';

import { choice, count, moment, text, webUrl } from './fields.js';
import { mediaSchema } from './media.js';
import type { Issue } from './rules.js';
import { seoSchema } from './seo.js';
import { documentFields } from './strapi.js';

export const organizationSchema = z.object({
  id: z.number().int(),
  name: text('机构名称', 80, { min: 2 }),
  legalName: text('工商登记名称', 120).nullable(),
  logo: mediaSchema.nullable().optional(),
  phone: text('客服电话', 30).nullable(),
  email: z.email({ error: '邮箱格式不对' }).nullable(),
  address: text('地址', 200).nullable(),
  /** 备案号, shown in the footer as the law requires. */
  icpNumber: text('ICP 备案号', 40).nullable(),
});

export const bannerSchema = z.object({
  id: z.number().int(),
  title: text('横幅标题', 40, { min: 2 }),
  text: text('横幅文字', 120).nullable(),
  linkUrl: z.union([webUrl('横幅链接'), z.string().regex(/^\//)]).nullable(),
  linkLabel: text('按钮文字', 20).nullable(),
  active: z.boolean().nullable(),
  startsAt: moment('开始时间').nullable(),
  endsAt: moment('结束时间').nullable(),
});
export type Banner = z.output<typeof bannerSchema>;

/**
 * What a deal's page does once the deal has ended: `index` keeps it in search results (marked
 * ended), `noindex` asks search engines to drop it, `redirect` sends visitors to its category.
 */
export const ENDED_DEAL_POLICIES = ['index', 'noindex', 'redirect'] as const;
export type EndedDealPolicy = (typeof ENDED_DEAL_POLICIES)[number];

/** Site-wide settings editors keep in the `global` single type. */
export const siteSettingsFields = {
  /** Name shown in the header and in page titles, e.g. 惠久商贸网. */
  siteName: text('网站名称', 40, { min: 1 }),
  /** One line under the name that says what the site offers. */
  tagline: text('口号', 80).nullable(),
  /** Default meta description for pages that have none of their own. */
  description: text('网站描述', 200).nullable(),
  /** Page titles: `%s` stands for the page's own title, e.g. `%s - 惠久商贸网`. */
  titleTemplate: text('标题模板', 60, { min: 2 }).refine(
    (template) => template.includes('%s'),
    '标题模板必须包含 %s，代表页面自己的标题',
  ),
  baiduVerification: text('百度验证码', 100).nullable(),
  googleVerification: text('Google 验证码', 100).nullable(),
  /** Empty means `index`. */
  endedDeals: choice('已结束团购的处理方式', ENDED_DEAL_POLICIES).nullable(),
  /** Listings a basic member may post per calendar month, China time; empty means 5. */
  listingQuotaBasic: count('普通会员每月发布条数')
    .max(10_000, '每月发布条数不能超过 10000')
    .nullable(),
  /** The same for a VIP member whose membership has not lapsed; empty means 50. */
  listingQuotaVip: count('VIP 会员每月发布条数')
    .max(10_000, '每月发布条数不能超过 10000')
    .nullable(),
};
export const siteSettingsInput = z.object(siteSettingsFields);

/** The monthly listing quotas when the settings leave them empty. */
export const DEFAULT_LISTING_QUOTAS = { basic: 5, vip: 50 } as const;

/** Each tier's monthly listing quota as the settings set it, defaults filled in. */
export function listingQuotas(
  settings: Partial<Pick<SiteSettings, 'listingQuotaBasic' | 'listingQuotaVip'>> | null,
): Record<'basic' | 'vip', number> {
  return {
    basic: settings?.listingQuotaBasic ?? DEFAULT_LISTING_QUOTAS.basic,
    vip: settings?.listingQuotaVip ?? DEFAULT_LISTING_QUOTAS.vip,
  };
}

/** Rules across fields of the settings. */
export function siteSettingsIssues(settings: { launchBanner?: Partial<Banner> | null }): Issue[] {
  const banner = settings.launchBanner;
  if (
    banner?.startsAt &&
    banner.endsAt &&
    Date.parse(banner.endsAt) <= Date.parse(banner.startsAt)
  ) {
    return [{ path: ['launchBanner', 'endsAt'], message: '横幅结束时间必须晚于开始时间' }];
  }
  return [];
}

export const siteSettingsSchema = z.object({
  ...documentFields,
  ...siteSettingsFields,
  defaultSeo: seoSchema.nullable(),
  organization: organizationSchema.nullable(),
  launchBanner: bannerSchema.nullable(),
});
export type SiteSettings = z.output<typeof siteSettingsSchema>;
