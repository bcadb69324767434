import type { MerchantRef } from './cms';

/** How a merchant's membership level reads to visitors. */
export const MERCHANT_TIER_LABELS: Record<MerchantRef['tier'], string> = {
  basic: '普通会员',
  gold: '金牌会员',
  diamond: '钻石会员',
};
