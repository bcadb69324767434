import { SLUG_PATTERN, type ProductKind, type Section } from '@huijiu/shared';

import {
  getMerchant,
  listArticles,
  listCategories,
  listDeals,
  listListings,
  listMerchants,
  type ArticleCard,
  type Category,
  type DealCard,
  type ListingCard,
  type Merchant,
  type MerchantCard,
  type PageOf,
} from './cms';
import { SECTION_PATHS } from './paths';

/** Provinces offered as one-tap region filters; any other region still works in the URL. */
export const REGION_CHOICES = [
  '北京',
  '上海',
  '广东',
  '江苏',
  '浙江',
  '山东',
  '河北',
  '河南',
  '四川',
  '湖北',
  '福建',
  '安徽',
] as const;

/** Longest region a visitor may filter by: a province or city name, never a sentence. */
export const MAX_REGION_LENGTH = 10;

// No list comes near this many pages; a larger number is a typo or a probe, and Strapi
// need not be asked about it.
const MAX_PAGE = 10_000;

/** A request the site will not answer with content, and what to tell the visitor instead. */
export interface PageProblem {
  status: 400 | 403 | 404 | 422;
  title: string;
  message: string;
  /** Where the visitor can go next. */
  links: { href: string; label: string }[];
}

/** One page of a section's list, narrowed by category and region as the visitor asked. */
export interface Catalog<T> {
  status: 200;
  /** The section's categories, for the filter. */
  categories: Category[];
  /** The category the list is narrowed to; null on the section's own path. */
  category: Category | null;
  /** The region filter; null when none is set. */
  region: string | null;
  results: PageOf<T>;
  /** The section's list, e.g. /supply. */
  sectionPath: string;
  /** This list without page or region: the section's path or its category path. */
  basePath: string;
}

export const isSlug = (value: string | undefined): value is string =>
  value !== undefined && SLUG_PATTERN.test(value);

interface ListParams {
  page: number;
  region: string | null;
}

/** `?page=` and `?region=` of a list, checked before anything is asked of the CMS. */
function readListParams(
  search: URLSearchParams,
  basePath: string,
  withRegion: boolean,
): ListParams | PageProblem {
  const pageText = search.get('page') ?? '1';
  if (!/^[1-9]\d*$/.test(pageText) || Number(pageText) > MAX_PAGE) {
    return {
      status: 404,
      title: '没有这一页',
      message: '页码应是从 1 开始的整数，这个链接里的页码不对。',
      links: [{ href: basePath, label: '回到第一页' }],
    };
  }

  const page = Number(pageText);
  const region = withRegion ? search.get('region')?.trim() || null : null;
  if (region && [...region].length > MAX_REGION_LENGTH) {
    return {
      status: 400,
      title: '地区名称太长',
      message: `按地区筛选时，请填写省份或城市名（不超过 ${MAX_REGION_LENGTH} 个字），例如“江苏”或“苏州”。`,
      links: [{ href: basePath, label: '查看全部地区' }],
    };
  }

  return { page, region };
}

interface CatalogRequest {
  section: Section;
  sectionPath: string;
  /** What the section lists, for messages: 供应信息, 商家, 资讯. */
  noun: string;
  categorySlug: string | undefined;
  url: URL;
  withRegion: boolean;
}

type PageLoader<T> = (filter: {
  page: number;
  region: string | null;
  categorySlug: string | undefined;
}) => Promise<PageOf<T>>;

async function loadCatalog<T>(
  request: CatalogRequest,
  loadPage: PageLoader<T>,
): Promise<Catalog<T> | PageProblem> {
  const { section, sectionPath, noun, categorySlug } = request;
  const missingCategory: PageProblem = {
    status: 404,
    title: '没有找到这个分类',
    message: `这个分类可能已经调整或合并，可以从全部${noun}里重新挑选。`,
    links: [{ href: sectionPath, label: `查看全部${noun}` }],
  };
  if (categorySlug !== undefined && !isSlug(categorySlug)) return missingCategory;

  const basePath = categorySlug ? `${sectionPath}/c/${categorySlug}` : sectionPath;
  const params = readListParams(request.url.searchParams, basePath, request.withRegion);
  if ('status' in params) return params;

  const [categories, results] = await Promise.all([
    listCategories(section),
    loadPage({ ...params, categorySlug }),
  ]);
  const category = categories.find((candidate) => candidate.slug === categorySlug) ?? null;
  if (categorySlug && !category) return missingCategory;

  // An empty list still has its first page, which shows the empty state.
  const lastPage = Math.max(results.pageCount, 1);
  if (params.page > lastPage) {
    return {
      status: 404,
      title: '没有这一页',
      message: `这个列表一共只有 ${lastPage} 页，第 ${params.page} 页不存在。`,
      links: [
        { href: basePath, label: '回到第一页' },
        ...(lastPage > 1 ? [{ href: `${basePath}?page=${lastPage}`, label: '看最后一页' }] : []),
      ],
    };
  }

  return {
    status: 200,
    categories,
    category,
    region: params.region,
    results,
    sectionPath,
    basePath,
  };
}

const LISTING_NOUNS = { supply: '供应信息', wanted: '求购信息' } as const;

/** /supply and /wanted, optionally narrowed to a category path and a region. */
export const loadListingCatalog = (
  kind: ProductKind,
  categorySlug: string | undefined,
  url: URL,
): Promise<Catalog<ListingCard> | PageProblem> =>
  loadCatalog(
    {
      section: kind,
      sectionPath: SECTION_PATHS[kind],
      noun: LISTING_NOUNS[kind],
      categorySlug,
      url,
      withRegion: true,
    },
    ({ page, region, categorySlug: slug }) =>
      listListings({ kind, page, region: region ?? undefined, categorySlug: slug }),
  );

/** /merchants, optionally narrowed to a category path and a region. */
export const loadMerchantCatalog = (
  categorySlug: string | undefined,
  url: URL,
): Promise<Catalog<MerchantCard> | PageProblem> =>
  loadCatalog(
    {
      section: 'merchant',
      sectionPath: SECTION_PATHS.merchant,
      noun: '商家',
      categorySlug,
      url,
      withRegion: true,
    },
    ({ page, region, categorySlug: slug }) =>
      listMerchants({ page, region: region ?? undefined, categorySlug: slug }),
  );

/** /news, optionally narrowed to a category path. */
export const loadNewsCatalog = (
  categorySlug: string | undefined,
  url: URL,
): Promise<Catalog<ArticleCard> | PageProblem> =>
  loadCatalog(
    {
      section: 'news',
      sectionPath: SECTION_PATHS.news,
      noun: '资讯',
      categorySlug,
      url,
      withRegion: false,
    },
    ({ page, categorySlug: slug }) => listArticles({ page, categorySlug: slug }),
  );

/** What a detail page says when its slug leads nowhere. */
export const missingDocument = (
  what: string,
  listHref: string,
  listLabel: string,
): PageProblem => ({
  status: 404,
  title: `没有找到这${what}`,
  message: '它可能已经下架或删除，也可能是链接有误。可以回到列表看看其他内容。',
  links: [
    { href: listHref, label: listLabel },
    { href: '/', label: '返回首页' },
  ],
});

/** How many of a merchant's newest listings and running deals its profile shows. */
export const PROFILE_LIST_SIZE = 8;

export interface MerchantProfile {
  merchant: Merchant;
  /** Newest supply listings first. */
  listings: PageOf<ListingCard>;
  /** Deals still running or about to start, ending soonest first. */
  deals: PageOf<DealCard>;
}

/** A merchant with its latest listings and deals; null when no such merchant is published. */
export async function loadMerchantProfile(slug: string): Promise<MerchantProfile | null> {
  if (!isSlug(slug)) return null;

  const [merchant, listings, deals] = await Promise.all([
    getMerchant(slug),
    listListings({ kind: 'supply', merchantSlug: slug, pageSize: PROFILE_LIST_SIZE }),
    listDeals({ merchantSlug: slug, currentOnly: true, pageSize: PROFILE_LIST_SIZE }),
  ]);

  return merchant && { merchant, listings, deals };
}

/** The profile around a merchant already in hand, e.g. a draft being previewed. */
export async function merchantProfileOf(merchant: Merchant): Promise<MerchantProfile> {
  const [listings, deals] = await Promise.all([
    listListings({ kind: 'supply', merchantSlug: merchant.slug, pageSize: PROFILE_LIST_SIZE }),
    listDeals({ merchantSlug: merchant.slug, currentOnly: true, pageSize: PROFILE_LIST_SIZE }),
  ]);

  return { merchant, listings, deals };
}
