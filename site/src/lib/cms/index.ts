export { getArticle, listArticles } from './articles.server';
export { loadChrome, type Chrome } from './chrome.server';
export { getDeal, listDeals, listEndedDeals } from './deals.server';
export {
  cmsFieldErrors,
  CmsResponseError,
  CmsShapeError,
  CmsUnavailableError,
  MemberSessionError,
} from './errors';
export { getListing, listListings } from './listings.server';
export { getLottery, listLotteries } from './lotteries.server';
export {
  applyForMerchant,
  enterLottery,
  loadAccount,
  logIn,
  logOut,
  postListing,
  proposeDeal,
  signUp,
} from './members.server';
export { getMerchant, listMerchants } from './merchants.server';
export { getPreview, PreviewLinkError, type Preview } from './preview.server';
export {
  normaliseSearchQuery,
  search,
  SEARCH_QUERY_MAX_LENGTH,
  type SearchResults,
} from './search.server';
export { findRedirect, listCategories, listFriendLinks } from './site.server';
export {
  listSitemapWindow,
  summariseSitemap,
  type SitemapImage,
  type SitemapPage,
  type SitemapSectionSummary,
} from './sitemap.server';
export { sendFeedback } from './feedback.server';
export { getSiteSettings } from './site-settings.server';
export type * from './types';
