import type { CategorySummary, MerchantSummary, Pagination } from '@huijiu/shared';

import { toImage } from './media';
import type { CategoryRef, MerchantRef, PageOf } from './types';

export const toCategoryRef = (category: CategorySummary | null): CategoryRef | null =>
  category && { name: category.name, slug: category.slug, section: category.section };

export const toMerchantRef = (merchant: MerchantSummary | null): MerchantRef | null =>
  merchant && {
    name: merchant.name,
    slug: merchant.slug,
    region: merchant.region,
    verified: merchant.verification === 'verified',
    tier: merchant.tier,
    logo: toImage(merchant.logo, `${merchant.name}的标志`),
  };

export function toPage<T, U>(items: T[], pagination: Pagination, map: (item: T) => U): PageOf<U> {
  return {
    items: items.map(map),
    page: pagination.page,
    pageCount: pagination.pageCount,
    total: pagination.total,
  };
}

/** Items per page on every list; a multiple of 2, 3 and 4 so that grids come out even. */
export const PAGE_SIZE = 24;
