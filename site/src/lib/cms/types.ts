/**
 * What pages work with: plain objects in the site's own terms. Strapi's envelopes, document ids
 * and query syntax stay inside this folder.
 */
import type { DealState, DealType, MemberTier, ProductKind, Section } from '@huijiu/shared';

export interface Image {
  /** Path on this site (`/uploads/…`, proxied to the CMS) or an absolute CDN URL. */
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
}

/** A rich text body as Strapi's blocks editor stores it; rendered by `RichText.astro`. */
export type RichText = unknown[];

export interface SeoFields {
  metaTitle: string | null;
  metaDescription: string | null;
  keywords: string | null;
  longTailKeywords: string | null;
  canonicalUrl: string | null;
  noindex: boolean;
  ogImage: Image | null;
  structuredData: Record<string, unknown> | null;
}

export interface CategoryRef {
  name: string;
  slug: string;
  section: Section;
}

export interface MerchantRef {
  name: string;
  slug: string;
  region: string;
  verified: boolean;
  tier: 'basic' | 'gold' | 'diamond';
  logo: Image | null;
}

export interface PageOf<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export interface ListingCard {
  slug: string;
  kind: ProductKind;
  title: string;
  summary: string | null;
  /** Yuan per `unit`; null means 面议 (to be agreed). */
  price: number | null;
  unit: string | null;
  region: string;
  image: Image | null;
  merchant: MerchantRef | null;
  category: CategoryRef | null;
  featured: boolean;
  publishedAt: Date;
}

export interface Listing extends ListingCard {
  body: RichText;
  images: Image[];
  minOrder: number | null;
  validUntil: string | null;
  updatedAt: Date;
  seo: SeoFields | null;
}

export interface DealCard {
  slug: string;
  title: string;
  type: DealType;
  summary: string | null;
  dealPrice: number;
  originalPrice: number;
  /** Share of the original price paid, in tenths (5.3 means 5.3折); null when none. */
  discount: number | null;
  startsAt: Date;
  endsAt: Date;
  state: DealState;
  minGroupSize: number;
  soldCount: number;
  stock: number;
  vipOnly: boolean;
  vipPrice: number | null;
  region: string | null;
  image: Image | null;
  merchant: MerchantRef | null;
  category: CategoryRef | null;
  featured: boolean;
}

export interface Deal extends DealCard {
  body: RichText;
  images: Image[];
  terms: string | null;
  updatedAt: Date;
  seo: SeoFields | null;
}

export interface ArticleCard {
  slug: string;
  title: string;
  excerpt: string | null;
  cover: Image | null;
  category: CategoryRef | null;
  authorName: string | null;
  tags: string[];
  publishedAt: Date;
}

export interface Article extends ArticleCard {
  body: RichText;
  updatedAt: Date;
  seo: SeoFields | null;
}

export interface MerchantCard extends MerchantRef {
  summary: string | null;
  featured: boolean;
  category: CategoryRef | null;
}

export interface Merchant extends MerchantCard {
  description: RichText;
  address: string | null;
  phone: string | null;
  updatedAt: Date;
  seo: SeoFields | null;
}

export type LotteryState = 'upcoming' | 'open' | 'closed' | 'drawn';

export interface LotteryCard {
  slug: string;
  title: string;
  prize: string;
  prizeValue: number | null;
  image: Image | null;
  entryStartsAt: Date;
  entryEndsAt: Date;
  drawAt: Date;
  winnerCount: number;
  state: LotteryState;
}

export interface Lottery extends LotteryCard {
  description: RichText;
  images: Image[];
  commitmentHash: string;
  revealedSeed: string | null;
  winners: { rank: number; maskedName: string; entryNumber: number }[];
  /** How many entries the draw counted; null until drawn. */
  entryCount: number | null;
  updatedAt: Date;
  seo: SeoFields | null;
}

export interface Category extends CategoryRef {
  description: string | null;
  parent: CategoryRef | null;
  /** What SEO staff set for the category's list page. */
  seo: SeoFields | null;
}

export interface FriendLink {
  name: string;
  url: string;
  logo: Image | null;
}

/** What an unknown path answers: a redirect elsewhere, or 410 for a page taken down. */
export type Redirect = { status: 301 | 302; to: string } | { status: 410 };

/** A member as they see themselves. */
export interface Member {
  /** Stable and unique, e.g. to count a member's posts; never shown. */
  key: string;
  /** The 昵称, or the user name when the member has not set one. */
  name: string;
  tier: MemberTier;
  /** When VIP membership lapses; null for basic members. */
  vipUntil: Date | null;
  level: number | null;
  points: number | null;
}

/** What the site keeps after a sign-up or log-in: the token goes into an httpOnly cookie. */
export interface MemberSession {
  token: string;
  expiresAt: Date;
  member: Member;
}

/**
 * Where something a member submitted stands, as they see it: with the editors, sent back for
 * changes, approved but not yet live, or live.
 */
export type SubmissionState = 'in_review' | 'changes_requested' | 'approved' | 'published';

/** A member's submission's place in review; `note` is the reviewer's, when changes are asked. */
export interface SubmissionReview {
  state: SubmissionState;
  note: string | null;
}

/** A listing the member posted. */
export interface AccountListing extends SubmissionReview {
  kind: ProductKind;
  title: string;
  slug: string;
  postedAt: Date;
}

/** The member's application to become a merchant (商家入驻). */
export interface AccountMerchantApplication extends SubmissionReview {
  name: string;
  /** Set once the merchant's page is live. */
  slug: string | null;
  region: string;
  appliedAt: Date;
}

/** A group-buy the member proposed for their merchant. */
export interface AccountDealProposal extends SubmissionReview {
  title: string;
  slug: string | null;
  type: DealType;
  startsAt: Date;
  endsAt: Date;
  proposedAt: Date;
}

/** How many listings the member may still post this month, in China time. */
export interface ListingAllowance {
  /** Listings per month for the member's tier. */
  limit: number;
  remaining: number;
  /** Whether the VIP quota applies. */
  vip: boolean;
  /** Midnight on the 1st of next month, China time. */
  resetsAt: Date;
}

/** A member's entry in a draw; `pending` until the draw. */
export interface AccountLotteryEntry {
  lotterySlug: string;
  lotteryTitle: string;
  entryNumber: number;
  enteredAt: Date;
  result: 'pending' | 'won' | 'lost';
}

/** Everything /account shows. */
export interface Account {
  member: Member;
  listings: AccountListing[];
  listingAllowance: ListingAllowance;
  merchantApplications: AccountMerchantApplication[];
  dealProposals: AccountDealProposal[];
  /** Whether the member speaks for an approved merchant and so may propose group-buys. */
  isMerchant: boolean;
  lotteryEntries: AccountLotteryEntry[];
}
