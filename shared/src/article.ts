import { z } from 'zod';

import { categorySummarySchema } from './category.js';
import { slug, text } from './fields.js';
import { mediaSchema } from './media.js';
import { seoSchema } from './seo.js';
import { documentFields, publicationFields } from './strapi.js';

export const articleFields = {
  title: text('标题', 80, { min: 4 }),
  slug,
  excerpt: text('摘要', 200).nullable(),
  authorName: text('作者', 30).nullable(),
  /** Topic tags, e.g. ["钢材", "行情"]. */
  tags: z
    .array(text('标签', 12, { min: 1 }), { error: '标签必须是文字列表' })
    .max(10, '标签最多 10 个')
    .nullable(),
};

export const articleInput = z.object(articleFields);

export const articleSchema = z.object({
  ...documentFields,
  ...articleFields,
  ...publicationFields,
  body: z.array(z.unknown()).nullable(),
  cover: mediaSchema.nullable(),
  category: categorySummarySchema.nullable(),
  seo: seoSchema.nullable(),
});
export type Article = z.output<typeof articleSchema>;
