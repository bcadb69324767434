import type { AccountListing, AccountLotteryEntry, Member, MerchantRef } from './cms';

/** How a merchant's membership level reads to visitors. */
export const MERCHANT_TIER_LABELS: Record<MerchantRef['tier'], string> = {
  basic: '普通会员',
  gold: '金牌会员',
  diamond: '钻石会员',
};

/** How a member's own tier reads on /account. */
export const MEMBER_TIER_LABELS: Record<Member['tier'], string> = {
  basic: '普通会员',
  vip: 'VIP会员',
};

/** 供应 (offering) or 求购 (looking to buy). */
export const LISTING_KIND_LABELS: Record<AccountListing['kind'], string> = {
  supply: '供应',
  wanted: '求购',
};

/** Where a member's listing stands: waiting for an editor, or live. */
export const LISTING_STATUS_LABELS: Record<AccountListing['status'], string> = {
  draft: '审核中',
  published: '已发布',
};

/** What became of a member's lottery entry. */
export const LOTTERY_RESULT_LABELS: Record<AccountLotteryEntry['result'], string> = {
  pending: '未开奖',
  won: '已中奖',
  lost: '未中奖',
};
