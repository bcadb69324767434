import { z } from 'zod';

import { text, webUrl } from './fields.js';
import { mediaSchema } from './media.js';

/** What SEO staff set per page; every field is optional and falls back to the page's own. */
export const seoFields = {
  /** `<title>`; the site's title template applies when empty. */
  metaTitle: text('SEO 标题', 70).nullable(),
  /** Meta description; the page's excerpt or summary is used when empty. */
  metaDescription: text('SEO 描述', 200).nullable(),
  /** Comma-separated main keywords. */
  keywords: text('关键词', 200).nullable(),
  /** Longer search phrases, one per line or comma-separated. */
  longTailKeywords: text('长尾关键词', 1000).nullable(),
  /** Absolute canonical URL when the page is a copy of another. */
  canonicalUrl: webUrl('规范网址').nullable(),
  /** Keep search engines from indexing the page. */
  noindex: z.boolean().nullable(),
  /** JSON-LD that replaces the generated block. */
  structuredData: z.record(z.string(), z.unknown()).nullable(),
};

export const seoInput = z.object(seoFields).partial();

export const seoSchema = z.object({
  id: z.number().int(),
  ...seoFields,
  ogImage: mediaSchema.nullable().optional(),
});
export type Seo = z.output<typeof seoSchema>;
