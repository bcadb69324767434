import type { DealType } from '@huijiu/shared';

import type {
  AccountListing,
  AccountLotteryEntry,
  Member,
  MerchantRef,
  SubmissionState,
} from './cms';

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

/** Where a member's listing, application or proposal stands in review. */
export const SUBMISSION_STATE_LABELS: Record<SubmissionState, string> = {
  in_review: '审核中',
  changes_requested: '需修改',
  approved: '已通过',
  published: '已发布',
};

/** How a deal is redeemed: in a shop, or sent by courier. */
export const DEAL_TYPE_LABELS: Record<DealType, string> = {
  local: '到店核销',
  shipped: '快递到家',
};

/** What became of a member's lottery entry. */
export const LOTTERY_RESULT_LABELS: Record<AccountLotteryEntry['result'], string> = {
  pending: '未开奖',
  won: '已中奖',
  lost: '未中奖',
};
