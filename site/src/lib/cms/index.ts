export { getArticle, listArticles } from './articles.server';
export { getDeal, listDeals } from './deals.server';
export { CmsResponseError, CmsShapeError, CmsUnavailableError } from './errors';
export { getListing, listListings } from './listings.server';
export { getLottery, listLotteries } from './lotteries.server';
export { getMerchant, listMerchants } from './merchants.server';
export { findRedirect, listCategories, listFriendLinks } from './site.server';
export { getSiteSettings } from './site-settings.server';
export type * from './types';
