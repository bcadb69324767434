import { DEFAULT_LISTING_QUOTAS } from '@huijiu/shared';

import { Random } from '../random';
import { FRIEND_LINKS, SITE } from '../vocabulary/portal';
import { planArticles } from './articles';
import { planCategories } from './categories';
import { planDeals } from './deals';
import { ListingShelves, planListings } from './listings';
import { planLotteries } from './lotteries';
import { planMembers } from './members';
import { planMerchants } from './merchants';
import { fullHour, shiftDays, SlugBook } from './text';
import type { DemoPlan, PlannedFriendLink, PlannedSite } from './types';

const LAUNCH_BANNER_DAYS = 30;

function planSite(now: Date): PlannedSite {
  const startsAt = fullHour(now);
  return {
    siteName: SITE.siteName,
    tagline: SITE.tagline,
    description: SITE.description,
    titleTemplate: SITE.titleTemplate,
    baiduVerification: null,
    googleVerification: null,
    // Ended deals stay findable: people search for last month's offer and find the next one.
    endedDeals: 'index',
    // Written out, so that editors find the quotas filled in rather than empty in 站点设置.
    listingQuotaBasic: DEFAULT_LISTING_QUOTAS.basic,
    listingQuotaVip: DEFAULT_LISTING_QUOTAS.vip,
    defaultSeo: { ...SITE.defaultSeo },
    organization: { ...SITE.organization },
    organizationLogo: 0,
    launchBanner: {
      ...SITE.launchBanner,
      active: true,
      startsAt: startsAt.toISOString(),
      endsAt: shiftDays(startsAt, LAUNCH_BANNER_DAYS).toISOString(),
    },
  };
}

function planFriendLinks(): PlannedFriendLink[] {
  return FRIEND_LINKS.map((link, index) => ({
    name: link.name,
    url: link.url,
    sortOrder: (index + 1) * 10,
    // One switched off, as an editor would after a partner's site moved.
    active: index !== FRIEND_LINKS.length - 1,
  }));
}

/**
 * Everything the demo portal holds, as plain data. Only dates depend on `now`; titles, slugs,
 * text, prices and links are the same on every run.
 */
export function planDemoContent(now: Date): DemoPlan {
  const categories = planCategories();
  const { merchants, profiles } = planMerchants(new Random('merchants'));
  const members = planMembers(new Random('members'), now);
  const products = planListings(
    { random: new Random('listings'), now, slugs: new SlugBook(), brief: false },
    new ListingShelves(categories),
    merchants,
    members,
  );

  return {
    site: planSite(now),
    categories,
    merchants,
    members,
    products,
    deals: planDeals(new Random('deals'), now, new SlugBook(), merchants),
    articles: planArticles(new Random('articles'), now, new SlugBook(), profiles),
    lotteries: planLotteries(new Random('lotteries'), now, new SlugBook()),
    friendLinks: planFriendLinks(),
  };
}
