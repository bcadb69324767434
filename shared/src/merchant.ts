import { z } from 'zod';

import { categorySummarySchema } from './category.js';
import { choice, slug, text } from './fields.js';
import { mediaSchema } from './media.js';
import { seoSchema } from './seo.js';
import { documentFields, publicationFields } from './strapi.js';

export const VERIFICATION_STATES = ['unverified', 'pending', 'verified', 'rejected'] as const;
export const MERCHANT_TIERS = ['basic', 'gold', 'diamond'] as const;

/** A mainland phone number: mobile, or landline with area code. */
export const phone = z
  .string({ error: '请填写联系电话' })
  .trim()
  .regex(
    /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4})$/,
    '联系电话格式不对：手机号为 11 位数字，座机如 021-12345678',
  );

/** Unified social credit code (统一社会信用代码): 18 digits and capital letters. */
export const licenceNumber = z
  .string({ error: '请填写营业执照号' })
  .trim()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '营业执照号应为 18 位统一社会信用代码');

export const merchantFields = {
  name: text('商家名称', 60, { min: 2 }),
  slug,
  summary: text('一句话介绍', 120).nullable(),
  region: text('所在地区', 30, { min: 2 }),
  address: text('详细地址', 200).nullable(),
  phone: phone.nullable(),
  verification: choice('认证状态', VERIFICATION_STATES),
  tier: choice('会员等级', MERCHANT_TIERS),
  featured: z.boolean().nullable(),
};

/** Private fields; they are written but never served. */
export const merchantPrivateFields = {
  licenceNumber: licenceNumber.nullable(),
  contactPerson: text('联系人', 30).nullable(),
};

export const merchantInput = z.object({ ...merchantFields, ...merchantPrivateFields });

/**
 * What a member fills in to apply as a merchant (商家入驻). It arrives in the CMS as a draft
 * for review, linked to the member; `category` is the slug of a merchant category.
 */
export const merchantApplicationInput = z.object({
  name: merchantFields.name,
  region: merchantFields.region,
  contactPerson: text('联系人', 30, { min: 2 }),
  phone,
  licenceNumber,
  category: z.string({ error: '请选择经营类目' }).trim().min(1, '请选择经营类目').pipe(slug),
  /** The short description: what the merchant sells or does, in a sentence. */
  summary: text('一句话介绍', 120, { min: 6 }),
});
export type MerchantApplicationInput = z.output<typeof merchantApplicationInput>;

/** A merchant as it appears on a listing or a deal. */
export const merchantSummarySchema = z.object({
  ...documentFields,
  name: merchantFields.name,
  slug: merchantFields.slug,
  region: merchantFields.region,
  verification: merchantFields.verification,
  tier: merchantFields.tier,
  logo: mediaSchema.nullable().optional(),
});
export type MerchantSummary = z.output<typeof merchantSummarySchema>;

export const merchantSchema = z.object({
  ...documentFields,
  ...merchantFields,
  ...publicationFields,
  description: z.array(z.unknown()).nullable(),
  logo: mediaSchema.nullable(),
  category: categorySummarySchema.nullable(),
  seo: seoSchema.nullable(),
});
export type Merchant = z.output<typeof merchantSchema>;
