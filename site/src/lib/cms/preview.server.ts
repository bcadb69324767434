import {
  articleSchema,
  dealSchema,
  lotterySchema,
  merchantSchema,
  PREVIEW_PAGES,
  previewPublishedAt,
  previewResponse,
  productSchema,
  type PreviewStatus,
} from '@huijiu/shared';
import { verifyPreviewToken, type PreviewGrant } from '@huijiu/shared/preview-token';

import { siteConfig } from '../config.server';
import { toArticle } from './articles.server';
import { fetchFromCms } from './client.server';
import { toDeal } from './deals.server';
import { CmsResponseError } from './errors';
import { toListing } from './listings.server';
import { toLottery } from './lotteries.server';
import { toMerchant } from './merchants.server';
import { toQueryString } from './query';
import type { Article, Deal, Listing, Lottery, Merchant } from './types';

/** A previewed document, ready for the detail component of its page. */
export type Preview = { status: PreviewStatus } & (
  | { page: 'listing'; listing: Listing }
  | { page: 'deal'; deal: Deal }
  | { page: 'article'; article: Article }
  | { page: 'merchant'; merchant: Merchant }
  | { page: 'lottery'; lottery: Lottery }
);

/**
 * Why a preview link shows nothing: preview is off on this site (no PREVIEW_SECRET), or the
 * link is forged, damaged or expired. Pages answer 404 for the first and 403 for the others.
 */
export class PreviewLinkError extends Error {
  constructor(
    readonly reason: 'off' | 'invalid' | 'expired',
    options?: { cause: unknown },
  ) {
    super(`Preview link refused: ${reason}`, options);
    this.name = 'PreviewLinkError';
  }
}

// Drafts may never have been published; until they are, they read as published at `now`.
const responses = {
  listing: previewResponse(productSchema.extend({ publishedAt: previewPublishedAt })),
  deal: previewResponse(dealSchema.extend({ publishedAt: previewPublishedAt })),
  article: previewResponse(articleSchema.extend({ publishedAt: previewPublishedAt })),
  merchant: previewResponse(merchantSchema.extend({ publishedAt: previewPublishedAt })),
  lottery: previewResponse(lotterySchema.extend({ publishedAt: previewPublishedAt })),
};

/** The link's grant, checked here first, so that a bad link costs the CMS nothing. */
function checkLink(token: string, now: Date): PreviewGrant {
  const secret = siteConfig().PREVIEW_SECRET;
  if (!secret) throw new PreviewLinkError('off');

  const check = verifyPreviewToken(token, secret, now);
  if (!check.ok) throw new PreviewLinkError(check.problem === 'expired' ? 'expired' : 'invalid');
  return check.grant;
}

/**
 * The document a preview link names, in the version it names: the draft or the published one.
 * Null when the document has been deleted since the link was made. Throws `PreviewLinkError`
 * for a link this site or the CMS refuses.
 */
export async function getPreview(token: string, now = new Date()): Promise<Preview | null> {
  const grant = checkLink(token, now);
  const page = PREVIEW_PAGES[grant.uid];
  const path = `/api/preview${toQueryString({ token })}`;
  const published = <T extends { publishedAt: string | null }>(document: T) => ({
    ...document,
    publishedAt: document.publishedAt ?? now.toISOString(),
  });

  try {
    const { status } = grant;
    switch (page) {
      case 'listing': {
        const { data } = await fetchFromCms(path, responses.listing);
        return { status, page, listing: toListing(published(data)) };
      }
      case 'deal': {
        const { data } = await fetchFromCms(path, responses.deal);
        return { status, page, deal: toDeal(published(data), now) };
      }
      case 'article': {
        const { data } = await fetchFromCms(path, responses.article);
        return { status, page, article: toArticle(published(data)) };
      }
      case 'merchant': {
        const { data } = await fetchFromCms(path, responses.merchant);
        return { status, page, merchant: toMerchant(published(data)) };
      }
      case 'lottery': {
        const { data } = await fetchFromCms(path, responses.lottery);
        return { status, page, lottery: toLottery(published(data), now) };
      }
    }
  } catch (error) {
    if (!(error instanceof CmsResponseError)) throw error;
    if (error.status === 404) return null;
    // The CMS refused what this site accepted: the two hold different secrets, or the link
    // expired in between. Either way the editor's remedy is a fresh link.
    if (error.status === 401 || error.status === 403) {
      throw new PreviewLinkError(error.code === 'expired' ? 'expired' : 'invalid', {
        cause: error,
      });
    }
    throw error;
  }
}
