import { searchArticles } from './articles.server';
import { searchDeals } from './deals.server';
import { searchListings } from './listings.server';
import { searchMerchants } from './merchants.server';
import type { ArticleCard, DealCard, ListingCard, MerchantCard, PageOf } from './types';

/** Longer queries are cut to this many characters before they reach the CMS. */
export const SEARCH_QUERY_MAX_LENGTH = 50;

/** Hits shown per kind of content; the group links to its full list for more. */
const HITS_PER_GROUP = 4;

export interface SearchResults {
  /** The query as searched: trimmed, spaces collapsed, cut to the maximum length. */
  query: string;
  listings: PageOf<ListingCard>;
  deals: PageOf<DealCard>;
  articles: PageOf<ArticleCard>;
  merchants: PageOf<MerchantCard>;
  /** Hits across all groups, counting those not shown. */
  total: number;
}

const noHits = <T>(): PageOf<T> => ({ items: [], page: 1, pageCount: 0, total: 0 });

/**
 * A visitor's query as the site searches it. Cut by characters, not UTF-16 units, so that a
 * character outside the basic plane is never split in half.
 */
export function normaliseSearchQuery(raw: string | null | undefined): string {
  const collapsed = (raw ?? '').replace(/\s+/g, ' ').trim();
  return Array.from(collapsed).slice(0, SEARCH_QUERY_MAX_LENGTH).join('').trim();
}

/**
 * Listings, deals, news and merchants containing the query, each kind asked for in parallel.
 * Strapi's `$containsi` is a substring match, which suits Chinese: there are no spaces between
 * words to split on.
 */
export async function search(raw: string, now = new Date()): Promise<SearchResults> {
  const query = normaliseSearchQuery(raw);
  if (!query) {
    return {
      query,
      listings: noHits(),
      deals: noHits(),
      articles: noHits(),
      merchants: noHits(),
      total: 0,
    };
  }

  const [listings, deals, articles, merchants] = await Promise.all([
    searchListings(query, HITS_PER_GROUP),
    searchDeals(query, HITS_PER_GROUP, now),
    searchArticles(query, HITS_PER_GROUP),
    searchMerchants(query, HITS_PER_GROUP),
  ]);
  const total = listings.total + deals.total + articles.total + merchants.total;

  return { query, listings, deals, articles, merchants, total };
}
