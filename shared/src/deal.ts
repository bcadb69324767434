import { z } from 'zod';

import { categorySummarySchema } from './category.js';
import { choice, count, money, moment, slug, text } from './fields.js';
import { mediaSchema } from './media.js';
import { merchantSummarySchema } from './merchant.js';
import type { Issue } from './rules.js';
import { seoSchema } from './seo.js';
import { documentFields, publicationFields } from './strapi.js';

/** Redeemed in a shop (到店核销) or sent by courier (快递到家). */
export const DEAL_TYPES = ['local', 'shipped'] as const;
export type DealType = (typeof DEAL_TYPES)[number];

export const dealFields = {
  title: text('团购标题', 60, { min: 4 }),
  slug,
  type: choice('团购类型', DEAL_TYPES),
  summary: text('简介', 200).nullable(),
  dealPrice: money('团购价'),
  originalPrice: money('原价'),
  startsAt: moment('开始时间'),
  endsAt: moment('结束时间'),
  /** The deal goes through once this many people have joined. */
  minGroupSize: count('成团人数', 1),
  /** Units still available. */
  stock: count('库存'),
  soldCount: count('已售数量'),
  vipOnly: z.boolean().nullable(),
  /** A lower price for VIP members, when there is one. */
  vipPrice: money('VIP 价').nullable(),
  /** How to redeem (local) or how it ships (shipped). */
  terms: text('使用或配送说明', 1000).nullable(),
  region: text('地区', 30).nullable(),
  featured: z.boolean().nullable(),
};

export const dealInput = z.object(dealFields);

/** Rules across fields, checked on every write with the stored values filled in. */
export function dealIssues(deal: Partial<z.output<typeof dealInput>>): Issue[] {
  const issues: Issue[] = [];
  const { dealPrice, originalPrice, vipPrice, startsAt, endsAt } = deal;
  if (dealPrice != null && originalPrice != null && !(dealPrice < originalPrice)) {
    issues.push({ path: ['dealPrice'], message: '团购价必须低于原价' });
  }
  if (vipPrice != null && dealPrice != null && vipPrice > dealPrice) {
    issues.push({ path: ['vipPrice'], message: 'VIP 价不能高于团购价' });
  }
  if (startsAt && endsAt && Date.parse(endsAt) <= Date.parse(startsAt)) {
    issues.push({ path: ['endsAt'], message: '结束时间必须晚于开始时间' });
  }
  return issues;
}

/**
 * What a merchant's member fills in to propose a group-buy. It arrives in the CMS as a draft for
 * review, under the member's approved merchant; editors add pictures, terms and the category.
 */
export const dealProposalInput = z
  .object({
    title: dealFields.title,
    type: dealFields.type,
    dealPrice: dealFields.dealPrice,
    originalPrice: dealFields.originalPrice,
    startsAt: dealFields.startsAt,
    endsAt: dealFields.endsAt,
    minGroupSize: dealFields.minGroupSize,
    stock: dealFields.stock,
    summary: dealFields.summary.default(null),
  })
  .superRefine((deal, context) => {
    for (const issue of dealIssues(deal)) context.addIssue({ code: 'custom', ...issue });
    // Checked when submitted: a proposal that is over before review is of no use to anyone.
    if (Date.parse(deal.endsAt) <= Date.now()) {
      context.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间已经过去了' });
    }
  });
export type DealProposalInput = z.output<typeof dealProposalInput>;

export const dealSchema = z.object({
  ...documentFields,
  ...dealFields,
  ...publicationFields,
  body: z.array(z.unknown()).nullable(),
  images: z.array(mediaSchema).nullable(),
  merchant: merchantSummarySchema.nullable(),
  category: categorySummarySchema.nullable(),
  seo: seoSchema.nullable(),
});
export type Deal = z.output<typeof dealSchema>;

/** Where a deal stands at `now`: not started, open for joining, or over. */
export type DealState = 'upcoming' | 'running' | 'ended';

export function dealState(deal: Pick<Deal, 'startsAt' | 'endsAt'>, now = new Date()): DealState {
  if (now.getTime() < Date.parse(deal.startsAt)) return 'upcoming';
  if (now.getTime() >= Date.parse(deal.endsAt)) return 'ended';
  return 'running';
}

/**
 * The discount the Chinese way: the share of the original price paid, in tenths (折), rounded
 * down to one decimal so that a deal never looks cheaper than it is: 128 of 238 yuan is 5.3折.
 */
export function discountInTenths(dealPrice: number, originalPrice: number): number | null {
  if (!(originalPrice > 0) || dealPrice < 0 || dealPrice >= originalPrice) return null;
  return Math.floor((dealPrice / originalPrice) * 100) / 10;
}
