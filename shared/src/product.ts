import { z } from 'zod';

import { categorySummarySchema } from './category.js';
import { choice, count, day, money, slug, text } from './fields.js';
import { mediaSchema } from './media.js';
import { merchantSummarySchema } from './merchant.js';
import { seoSchema } from './seo.js';
import { documentFields, publicationFields } from './strapi.js';
import type { Issue } from './rules.js';

/** 供应 (an offer to sell) or 求购 (a buyer's request). */
export const PRODUCT_KINDS = ['supply', 'wanted'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const productFields = {
  kind: choice('信息类型', PRODUCT_KINDS),
  title: text('标题', 60, { min: 4 }),
  slug,
  summary: text('简介', 200).nullable(),
  /** Price per unit in yuan; a wanted listing may leave it open (面议). */
  price: money('价格').nullable(),
  /** Unit the price and minimum order refer to, e.g. 吨, 件, 台. */
  unit: text('计量单位', 10).nullable(),
  /** Smallest quantity sold, in `unit`. */
  minOrder: count('起订量', 1).nullable(),
  region: text('所在地区', 30, { min: 2 }),
  validUntil: day('有效期').nullable(),
  featured: z.boolean().nullable(),
};

export const productInput = z.object(productFields);

/** Rules across fields: a supply listing states its price and unit. */
export function productIssues(product: Partial<z.input<typeof productInput>>): Issue[] {
  const issues: Issue[] = [];
  if (product.kind === 'supply' && product.price == null) {
    issues.push({ path: ['price'], message: '供应信息请填写价格' });
  }
  if (product.price != null && !product.unit) {
    issues.push({ path: ['unit'], message: '填写了价格时，请同时填写计量单位，如 吨、件' });
  }
  return issues;
}

/**
 * What a member fills in to post a listing from the site. It arrives in the CMS as a draft for
 * review; `category` is the slug of a category in the listing's section.
 */
export const memberListingInput = z
  .object({
    kind: productFields.kind,
    title: productFields.title,
    summary: productFields.summary.default(null),
    price: productFields.price.default(null),
    unit: productFields.unit.default(null),
    minOrder: productFields.minOrder.default(null),
    region: productFields.region,
    category: slug.nullable().default(null),
  })
  .superRefine((listing, context) => {
    for (const issue of productIssues(listing)) context.addIssue({ code: 'custom', ...issue });
  });
export type MemberListingInput = z.output<typeof memberListingInput>;

export const productSchema = z.object({
  ...documentFields,
  ...productFields,
  ...publicationFields,
  body: z.array(z.unknown()).nullable(),
  images: z.array(mediaSchema).nullable(),
  category: categorySummarySchema.nullable(),
  merchant: merchantSummarySchema.nullable(),
  seo: seoSchema.nullable(),
});
export type Product = z.output<typeof productSchema>;
