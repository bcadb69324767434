import {
  dealSchema,
  dealState,
  discountInTenths,
  listResponse,
  type Deal as CmsDeal,
} from '@huijiu/shared';

import { fetchFromCms } from './client.server';
import { toImage, toImages, toSeo } from './media';
import { toQueryString } from './query';
import { PAGE_SIZE, toCategoryRef, toMerchantRef, toPage } from './refs';
import type { Deal, DealCard, PageOf } from './types';

const dealListResponse = listResponse(dealSchema);

function toDealCard(deal: CmsDeal, now: Date): DealCard {
  return {
    slug: deal.slug,
    title: deal.title,
    type: deal.type,
    summary: deal.summary,
    dealPrice: deal.dealPrice,
    originalPrice: deal.originalPrice,
    discount: discountInTenths(deal.dealPrice, deal.originalPrice),
    startsAt: new Date(deal.startsAt),
    endsAt: new Date(deal.endsAt),
    state: dealState(deal, now),
    minGroupSize: deal.minGroupSize,
    soldCount: deal.soldCount,
    stock: deal.stock,
    vipOnly: deal.vipOnly ?? false,
    vipPrice: deal.vipPrice,
    region: deal.region,
    image: toImage(deal.images?.[0], deal.title),
    merchant: toMerchantRef(deal.merchant),
    category: toCategoryRef(deal.category),
    featured: deal.featured ?? false,
  };
}

export function toDeal(deal: CmsDeal, now: Date): Deal {
  return {
    ...toDealCard(deal, now),
    body: deal.body ?? [],
    images: toImages(deal.images, deal.title),
    terms: deal.terms,
    updatedAt: new Date(deal.updatedAt),
    seo: toSeo(deal.seo, deal.title),
  };
}

export interface DealQuery {
  page?: number;
  categorySlug?: string;
  merchantSlug?: string;
  /** Leave out deals that have ended (the default for lists). */
  currentOnly?: boolean;
  featuredOnly?: boolean;
  pageSize?: number;
}

/** Group-buys ending soonest first; ended ones last when they are included. */
export async function listDeals(
  query: DealQuery = {},
  now = new Date(),
): Promise<PageOf<DealCard>> {
  const path = `/api/deals${toQueryString({
    filters: {
      category: query.categorySlug ? { slug: { $eq: query.categorySlug } } : undefined,
      merchant: query.merchantSlug ? { slug: { $eq: query.merchantSlug } } : undefined,
      endsAt: query.currentOnly ? { $gt: now.toISOString() } : undefined,
      featured: query.featuredOnly ? { $eq: true } : undefined,
    },
    sort: ['endsAt:asc', 'id:asc'],
    pagination: { page: query.page ?? 1, pageSize: query.pageSize ?? PAGE_SIZE },
  })}`;
  const { data, meta } = await fetchFromCms(path, dealListResponse);

  return toPage(data, meta.pagination, (deal) => toDealCard(deal, now));
}

/** One deal by its slug, ended or not; null when none is published with it. */
export async function getDeal(slug: string, now = new Date()): Promise<Deal | null> {
  const path = `/api/deals${toQueryString({
    filters: { slug: { $eq: slug } },
    pagination: { page: 1, pageSize: 1 },
  })}`;
  const { data } = await fetchFromCms(path, dealListResponse);

  return data[0] ? toDeal(data[0], now) : null;
}

/** Deals that are over, the most recently ended first: the archive behind the current list. */
export async function listEndedDeals(
  query: Pick<DealQuery, 'page' | 'pageSize'> = {},
  now = new Date(),
): Promise<PageOf<DealCard>> {
  const path = `/api/deals${toQueryString({
    filters: { endsAt: { $lte: now.toISOString() } },
    sort: ['endsAt:desc', 'id:desc'],
    pagination: { page: query.page ?? 1, pageSize: query.pageSize ?? PAGE_SIZE },
  })}`;
  const { data, meta } = await fetchFromCms(path, dealListResponse);

  return toPage(data, meta.pagination, (deal) => toDealCard(deal, now));
}

/** Deals whose title contains `text`, ignoring case; those ending last come first. */
export async function searchDeals(
  text: string,
  pageSize: number,
  now = new Date(),
): Promise<PageOf<DealCard>> {
  const path = `/api/deals${toQueryString({
    filters: { title: { $containsi: text } },
    sort: ['endsAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize },
  })}`;
  const { data, meta } = await fetchFromCms(path, dealListResponse);

  return toPage(data, meta.pagination, (deal) => toDealCard(deal, now));
}
