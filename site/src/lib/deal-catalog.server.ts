import { isSlug, type PageProblem } from './catalog.server';
import {
  listCategories,
  listDeals,
  listEndedDeals,
  type Category,
  type DealCard,
  type PageOf,
} from './cms';

// Same bound as the other lists: a larger page number is a typo or a probe.
const MAX_PAGE = 10_000;

/** Running and upcoming deals, or the archive of ended ones. */
export type DealView = 'current' | 'ended';

/** One page of /deals, /deals/c/{category} or /deals/ended. */
export interface DealCatalog {
  status: 200;
  view: DealView;
  /** The deal categories, for the filter above the current deals. */
  categories: Category[];
  /** The category the list is narrowed to; null on /deals and /deals/ended. */
  category: Category | null;
  results: PageOf<DealCard>;
  /** This list without a page number. */
  basePath: string;
}

const missingPage = (basePath: string, message: string): PageProblem => ({
  status: 404,
  title: '没有这一页',
  message,
  links: [{ href: basePath, label: '回到第一页' }],
});

const missingCategory: PageProblem = {
  status: 404,
  title: '没有找到这个团购分类',
  message: '这个分类可能已经调整或合并，可以从全部团购里重新挑选。',
  links: [{ href: '/deals', label: '查看全部团购' }],
};

/**
 * A page of deals as the visitor asked for it. Ended deals leave the current lists at their end
 * time and stay reachable through the archive, which is not split by category.
 */
export async function loadDealCatalog(
  view: DealView,
  categorySlug: string | undefined,
  url: URL,
  now = new Date(),
): Promise<DealCatalog | PageProblem> {
  if (categorySlug !== undefined && !isSlug(categorySlug)) return missingCategory;

  const basePath =
    view === 'ended' ? '/deals/ended' : categorySlug ? `/deals/c/${categorySlug}` : '/deals';
  const pageText = url.searchParams.get('page') ?? '1';
  if (!/^[1-9]\d*$/.test(pageText) || Number(pageText) > MAX_PAGE) {
    return missingPage(basePath, '页码应是从 1 开始的整数，这个链接里的页码不对。');
  }
  const page = Number(pageText);

  const [categories, results] = await Promise.all([
    listCategories('deal'),
    view === 'ended'
      ? listEndedDeals({ page }, now)
      : listDeals({ page, categorySlug, currentOnly: true }, now),
  ]);
  const category = categories.find((candidate) => candidate.slug === categorySlug) ?? null;
  if (categorySlug && !category) return missingCategory;

  // An empty list still has its first page, which shows the empty state.
  const lastPage = Math.max(results.pageCount, 1);
  if (page > lastPage) {
    return missingPage(basePath, `这个团购列表一共只有 ${lastPage} 页，第 ${page} 页不存在。`);
  }

  return { status: 200, view, categories, category, results, basePath };
}
