import { listResponse, productSchema, type Product, type ProductKind } from '@huijiu/shared';

import { fetchFromCms } from './client.server';
import { toImage, toImages, toSeo } from './media';
import { toQueryString } from './query';
import { PAGE_SIZE, toCategoryRef, toMerchantRef, toPage } from './refs';
import type { Listing, ListingCard, PageOf } from './types';

const productListResponse = listResponse(productSchema);

function toListingCard(product: Product): ListingCard {
  return {
    slug: product.slug,
    kind: product.kind,
    title: product.title,
    summary: product.summary,
    price: product.price,
    unit: product.unit,
    region: product.region,
    image: toImage(product.images?.[0], product.title),
    merchant: toMerchantRef(product.merchant),
    category: toCategoryRef(product.category),
    featured: product.featured ?? false,
    publishedAt: new Date(product.publishedAt),
  };
}

export function toListing(product: Product): Listing {
  return {
    ...toListingCard(product),
    body: product.body ?? [],
    images: toImages(product.images, product.title),
    minOrder: product.minOrder,
    validUntil: product.validUntil,
    updatedAt: new Date(product.updatedAt),
    seo: toSeo(product.seo, product.title),
  };
}

export interface ListingQuery {
  kind: ProductKind;
  page?: number;
  categorySlug?: string;
  region?: string;
  merchantSlug?: string;
  pageSize?: number;
}

/** Supply or wanted listings, newest first, optionally in one category, region or shop. */
export async function listListings(query: ListingQuery): Promise<PageOf<ListingCard>> {
  const path = `/api/products${toQueryString({
    filters: {
      kind: { $eq: query.kind },
      category: query.categorySlug ? { slug: { $eq: query.categorySlug } } : undefined,
      region: query.region ? { $startsWith: query.region } : undefined,
      merchant: query.merchantSlug ? { slug: { $eq: query.merchantSlug } } : undefined,
    },
    sort: ['publishedAt:desc', 'id:desc'],
    pagination: { page: query.page ?? 1, pageSize: query.pageSize ?? PAGE_SIZE },
  })}`;
  const { data, meta } = await fetchFromCms(path, productListResponse);

  return toPage(data, meta.pagination, toListingCard);
}

/** One listing by its slug; null when there is no published listing with it. */
export async function getListing(slug: string): Promise<Listing | null> {
  const path = `/api/products${toQueryString({
    filters: { slug: { $eq: slug } },
    pagination: { page: 1, pageSize: 1 },
  })}`;
  const { data } = await fetchFromCms(path, productListResponse);

  return data[0] ? toListing(data[0]) : null;
}

/** Supply and wanted listings whose title or summary contains `text`, newest first. */
export async function searchListings(text: string, pageSize: number): Promise<PageOf<ListingCard>> {
  const path = `/api/products${toQueryString({
    filters: {
      $or: [{ title: { $containsi: text } }, { summary: { $containsi: text } }],
    },
    sort: ['publishedAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize },
  })}`;
  const { data, meta } = await fetchFromCms(path, productListResponse);

  return toPage(data, meta.pagination, toListingCard);
}
