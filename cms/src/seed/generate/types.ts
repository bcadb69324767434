import type {
  articleInput,
  Banner,
  categoryInput,
  dealInput,
  friendLinkInput,
  merchantInput,
  organizationSchema,
  productInput,
  seoInput,
  siteSettingsInput,
} from '@huijiu/shared';

import type { ParagraphBlock } from './text';

/*
 * What the demo generator plans, before anything touches the database. Fields come from the
 * shared schemas the CMS validates writes with; references to other planned documents are
 * keys (resolved to documentIds when written) and images are indexes into the image pools.
 */

type Parsed<Schema extends { parse(input: unknown): unknown }> = ReturnType<Schema['parse']>;

/** SEO as the demo fills it; structured data is left to the site's generated JSON-LD. */
export type SeoFields = Omit<Parsed<typeof seoInput>, 'structuredData'>;

export interface PlannedSite extends Parsed<typeof siteSettingsInput> {
  defaultSeo: SeoFields;
  organization: Omit<Parsed<typeof organizationSchema>, 'id' | 'logo'>;
  /** Index into the logo pool. */
  organizationLogo: number;
  launchBanner: Omit<Banner, 'id'>;
}

export interface PlannedCategory extends Parsed<typeof categoryInput> {
  /** `section:key`, unique over all sections. */
  key: string;
  parentKey: string | null;
  /** Goods listed in this category (supply and wanted leaves only). */
  goods: readonly string[];
  seo: SeoFields | null;
}

export interface PlannedMerchant extends Parsed<typeof merchantInput> {
  key: string;
  description: ParagraphBlock[];
  categoryKey: string;
  /** Index into the logo pool. */
  logo: number;
  /** Goods keys it lists supply of; empty for shops that only run deals. */
  goods: readonly string[];
  seo: SeoFields | null;
}

export interface PlannedMember {
  username: string;
  email: string;
  displayName: string;
  tier: 'basic' | 'vip';
  vipUntil: string | null;
  level: number;
  points: number;
  phone: string;
  /** Where the member trades; their wanted listings are placed there. */
  region: string;
  city: string;
}

export interface PlannedProduct extends Parsed<typeof productInput> {
  body: ParagraphBlock[];
  categoryKey: string;
  merchantKey: string | null;
  memberUsername: string | null;
  /** Indexes into the photo pool. */
  images: number[];
  seo: SeoFields | null;
}

export interface PlannedDeal extends Parsed<typeof dealInput> {
  body: ParagraphBlock[];
  categoryKey: string;
  merchantKey: string;
  images: number[];
  seo: SeoFields | null;
}

export interface PlannedArticle extends Parsed<typeof articleInput> {
  body: ParagraphBlock[];
  categoryKey: string;
  cover: number;
  /** When the article went out; the demo spreads them over the last months. */
  publishedAt: string;
  seo: SeoFields | null;
}

export type LotteryStage = 'upcoming' | 'open' | 'drawn';

/** A lottery without its secret: the seed, hash and winners are made when it is written. */
export interface PlannedLottery {
  stage: LotteryStage;
  title: string;
  slug: string;
  prize: string;
  prizeValue: number;
  winnerCount: number;
  /** Entries the drawn lottery had; winners are drawn from 1..entryCount. */
  entryCount: number;
  entryStartsAt: string;
  entryEndsAt: string;
  drawAt: string;
  description: ParagraphBlock[];
  images: number[];
}

export type PlannedFriendLink = Parsed<typeof friendLinkInput>;

export interface DemoPlan {
  site: PlannedSite;
  categories: PlannedCategory[];
  merchants: PlannedMerchant[];
  members: PlannedMember[];
  products: PlannedProduct[];
  deals: PlannedDeal[];
  articles: PlannedArticle[];
  lotteries: PlannedLottery[];
  friendLinks: PlannedFriendLink[];
}
