import { listResponse, merchantSchema, type Merchant as CmsMerchant } from '@huijiu/shared';

import { fetchFromCms } from './client.server';
import { toImage, toSeo } from './media';
import { toQueryString } from './query';
import { PAGE_SIZE, toCategoryRef, toPage } from './refs';
import type { Merchant, MerchantCard, PageOf } from './types';

const merchantListResponse = listResponse(merchantSchema);

function toMerchantCard(merchant: CmsMerchant): MerchantCard {
  return {
    name: merchant.name,
    slug: merchant.slug,
    region: merchant.region,
    verified: merchant.verification === 'verified',
    tier: merchant.tier,
    logo: toImage(merchant.logo, `${merchant.name}的标志`),
    summary: merchant.summary,
    featured: merchant.featured ?? false,
    category: toCategoryRef(merchant.category),
  };
}

export const toMerchant = (merchant: CmsMerchant): Merchant => ({
  ...toMerchantCard(merchant),
  description: merchant.description ?? [],
  address: merchant.address,
  phone: merchant.phone,
  updatedAt: new Date(merchant.updatedAt),
  seo: toSeo(merchant.seo, merchant.name),
});

export interface MerchantQuery {
  page?: number;
  categorySlug?: string;
  region?: string;
  featuredOnly?: boolean;
  pageSize?: number;
}

/** Merchants, featured ones first, then the most recently updated. */
export async function listMerchants(query: MerchantQuery = {}): Promise<PageOf<MerchantCard>> {
  const path = `/api/merchants${toQueryString({
    filters: {
      category: query.categorySlug ? { slug: { $eq: query.categorySlug } } : undefined,
      region: query.region ? { $startsWith: query.region } : undefined,
      featured: query.featuredOnly ? { $eq: true } : undefined,
    },
    sort: ['featured:desc', 'updatedAt:desc', 'id:desc'],
    pagination: { page: query.page ?? 1, pageSize: query.pageSize ?? PAGE_SIZE },
  })}`;
  const { data, meta } = await fetchFromCms(path, merchantListResponse);

  return toPage(data, meta.pagination, toMerchantCard);
}

export async function getMerchant(slug: string): Promise<Merchant | null> {
  const path = `/api/merchants${toQueryString({
    filters: { slug: { $eq: slug } },
    pagination: { page: 1, pageSize: 1 },
  })}`;
  const { data } = await fetchFromCms(path, merchantListResponse);

  return data[0] ? toMerchant(data[0]) : null;
}

/** Merchants whose name or summary contains `text`, featured ones first. */
export async function searchMerchants(
  text: string,
  pageSize: number,
): Promise<PageOf<MerchantCard>> {
  const path = `/api/merchants${toQueryString({
    filters: {
      $or: [{ name: { $containsi: text } }, { summary: { $containsi: text } }],
    },
    sort: ['featured:desc', 'updatedAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize },
  })}`;
  const { data, meta } = await fetchFromCms(path, merchantListResponse);

  return toPage(data, meta.pagination, toMerchantCard);
}
