import { z } from 'zod';

/**
 * The vocabulary of previews that both apps share: which content types have a page to preview,
 * and what the CMS's preview route answers. Signing lives apart, in `preview-token.ts`, because
 * it needs node:crypto and this module may reach browsers.
 */

/** The content types that have a detail page on the site, and which page shows each. */
export const PREVIEW_PAGES = {
  'api::product.product': 'listing',
  'api::deal.deal': 'deal',
  'api::article.article': 'article',
  'api::merchant.merchant': 'merchant',
  'api::lottery.lottery': 'lottery',
} as const;
export type PreviewTypeUid = keyof typeof PREVIEW_PAGES;
export type PreviewPage = (typeof PREVIEW_PAGES)[PreviewTypeUid];

export const PREVIEW_TYPE_UIDS = Object.keys(PREVIEW_PAGES) as [
  PreviewTypeUid,
  ...PreviewTypeUid[],
];

export const isPreviewTypeUid = (uid: string): uid is PreviewTypeUid => uid in PREVIEW_PAGES;

/** The draft editors are working on, or the version that is live. */
export const PREVIEW_STATUSES = ['draft', 'published'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

/** `publishedAt` of a previewed document: a draft that was never published has none. */
export const previewPublishedAt = z.iso.datetime({ offset: true }).nullable();

/** `GET /api/preview?token=…`: the document the token names, in its type's public shape. */
export function previewResponse<T extends z.ZodType>(document: T) {
  return z.object({
    data: document,
    meta: z.object({
      uid: z.enum(PREVIEW_TYPE_UIDS),
      documentId: z.string().min(1),
      status: z.enum(PREVIEW_STATUSES),
    }),
  });
}
