import { z } from 'zod';

import { choice, count, slug, text } from './fields.js';
import { seoSchema } from './seo.js';
import { documentFields } from './strapi.js';

export const SECTIONS = ['supply', 'wanted', 'news', 'deal', 'merchant'] as const;
export type Section = (typeof SECTIONS)[number];

export const categoryFields = {
  name: text('分类名称', 30, { min: 1 }),
  slug,
  /** Which part of the site the category sorts. */
  section: choice('所属栏目', SECTIONS),
  description: text('分类说明', 200).nullable(),
  /** Smaller numbers come first. */
  sortOrder: count('排序').nullable(),
};
export const categoryInput = z.object(categoryFields);

/** A category as it appears inside another document. */
export const categorySummarySchema = z.object({
  ...documentFields,
  name: categoryFields.name,
  slug: categoryFields.slug,
  section: categoryFields.section,
});
export type CategorySummary = z.output<typeof categorySummarySchema>;

export const categorySchema = z.object({
  ...documentFields,
  ...categoryFields,
  parent: categorySummarySchema.nullable(),
  seo: seoSchema.nullable(),
});
export type Category = z.output<typeof categorySchema>;
