import { z } from 'zod';

import { DEAL_TYPES } from './deal.js';
import { text } from './fields.js';
import { PRODUCT_KINDS } from './product.js';
import { REVIEW_STATES } from './review.js';

export const MEMBER_TIERS = ['basic', 'vip'] as const;
export type MemberTier = (typeof MEMBER_TIERS)[number];

export const MIN_PASSWORD_LENGTH = 12;
/** bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
export const MAX_PASSWORD_LENGTH = 64;

/** A member as they see themselves on /account: never another member's data. */
export const memberProfileSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  username: z.string(),
  displayName: z.string().nullable(),
  tier: z.enum(MEMBER_TIERS),
  vipUntil: z.iso.datetime({ offset: true }).nullable(),
  level: z.number().int().nullable(),
  points: z.number().int().nullable(),
});
export type MemberProfile = z.output<typeof memberProfileSchema>;

/**
 * Whether the VIP allowances apply at `now`: the tier is VIP and the membership has not lapsed.
 * A VIP without an end date (set by hand in the admin) stays VIP until someone sets one.
 */
export function isActiveVip(
  member: { tier: MemberTier; vipUntil: string | Date | null },
  now = new Date(),
): boolean {
  if (member.tier !== 'vip') return false;
  return member.vipUntil === null || new Date(member.vipUntil).getTime() > now.getTime();
}

/** China has kept UTC+8 all year since 1991, so a fixed offset is China time exactly. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The calendar month in China (Asia/Shanghai) that `now` falls in, as the instants it starts
 * and ends: listing quotas count per such month, whatever the server's own time zone.
 */
export function chinaMonth(now = new Date()): { start: Date; end: Date } {
  const china = new Date(now.getTime() + CHINA_OFFSET_MS);
  const year = china.getUTCFullYear();
  const month = china.getUTCMonth();
  return {
    start: new Date(Date.UTC(year, month, 1) - CHINA_OFFSET_MS),
    end: new Date(Date.UTC(year, month + 1, 1) - CHINA_OFFSET_MS),
  };
}

export const memberFields = {
  displayName: text('昵称', 30, { min: 2 }).nullable(),
  phone: z
    .string()
    .regex(/^1[3-9]\d{9}$/, '手机号应为 11 位数字')
    .nullable(),
};
export const memberInput = z.object(memberFields);

/** A sign-in name: the email address, compared without regard to case. */
export const memberEmail = z
  .string({ error: '请填写邮箱' })
  .trim()
  .toLowerCase()
  .max(100, '邮箱不能超过 100 个字符')
  .pipe(z.email({ error: '邮箱格式不对，例如 name@example.com' }));

/** Parts of the password rule that need the other fields, so both sides word them alike. */
export function passwordIssue(
  password: string,
  { email, displayName }: { email?: string; displayName?: string | null },
): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `密码至少要 ${MIN_PASSWORD_LENGTH} 个字符，可以用一句好记的话`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符`;
  }
  const lowered = password.toLowerCase();
  const localPart = email?.split('@')[0] ?? '';
  // A password that holds the address is the first thing anyone who knows the address tries.
  if (
    email &&
    (lowered.includes(email) || (localPart.length >= 4 && lowered.includes(localPart)))
  ) {
    return '密码不能包含邮箱或邮箱的用户名部分';
  }
  const name = displayName?.trim().toLowerCase();
  if (name && name.length >= 2 && lowered.includes(name)) return '密码不能包含昵称';
  return null;
}

/** What a visitor fills in on /join. */
export const memberSignUpInput = z
  .object({
    displayName: text('昵称', 30, { min: 2 }),
    email: memberEmail,
    password: z.string({ error: '请设置密码' }),
  })
  .superRefine(({ password, email, displayName }, context) => {
    const message = passwordIssue(password, { email, displayName });
    if (message) context.addIssue({ code: 'custom', path: ['password'], message });
  });
export type MemberSignUpInput = z.output<typeof memberSignUpInput>;

/** What a member fills in on /login. */
export const memberLogInInput = z.object({
  email: memberEmail,
  password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(200, '密码不对'),
});
export type MemberLogInInput = z.output<typeof memberLogInInput>;

/** What the CMS hands back after a sign-up or a log-in: the member's session and profile. */
export const memberSessionSchema = z.object({
  /**
   * An opaque session token (a users-permissions refresh token, revocable on log-out). The site
   * keeps it in an httpOnly cookie and never puts it in a page.
   */
  token: z.string().min(20),
  /** When the session lapses unless the member logs in again. */
  expiresAt: z.iso.datetime({ offset: true }),
  member: memberProfileSchema,
});
export type MemberSession = z.output<typeof memberSessionSchema>;

/** Where something a member submitted stands in review; private fields, shown to them alone. */
const submissionFields = {
  /** `published` once an editor has let it go live; `draft` until then. */
  status: z.enum(['draft', 'published']),
  /** Where the review stands; a document from before the review flow counts as `draft`. */
  reviewState: z.enum(REVIEW_STATES),
  /** The reviewer's note, kept while changes are requested and null otherwise. */
  reviewNote: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
};

/** A listing a member posted, as they see it on /account, published or still in review. */
export const memberListingSchema = z.object({
  documentId: z.string(),
  kind: z.enum(PRODUCT_KINDS),
  title: z.string(),
  slug: z.string(),
  ...submissionFields,
});
export type MemberListing = z.output<typeof memberListingSchema>;

/** A member's entry in a lottery, as they see it on /account. */
export const memberLotteryEntrySchema = z.object({
  entryNumber: z.number().int().min(1),
  enteredAt: z.iso.datetime({ offset: true }),
  lottery: z.object({ title: z.string(), slug: z.string(), drawAt: z.string() }),
  /** Set once drawn: whether this entry is among the winners. */
  won: z.boolean().nullable(),
});
export type MemberLotteryEntry = z.output<typeof memberLotteryEntrySchema>;

/** A member's application to become a merchant (商家入驻), as they see it on /account. */
export const memberMerchantApplicationSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string().nullable(),
  region: z.string(),
  ...submissionFields,
});
export type MemberMerchantApplication = z.output<typeof memberMerchantApplicationSchema>;

/** A group-buy a member proposed for their merchant, as they see it on /account. */
export const memberDealProposalSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string().nullable(),
  type: z.enum(DEAL_TYPES),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  ...submissionFields,
});
export type MemberDealProposal = z.output<typeof memberDealProposalSchema>;

/** How many listings the member may still post this month; the CMS counts and enforces it. */
export const listingQuotaSchema = z.object({
  /** Listings allowed per calendar month (China time) for the tier that applies now. */
  limit: z.number().int().min(0),
  /** Listings posted since the month began. */
  used: z.number().int().min(0),
  /** `limit - used`, never below 0. */
  remaining: z.number().int().min(0),
  /** Whether the VIP quota applies: the tier is VIP and it has not lapsed. */
  vip: z.boolean(),
  /** When the count starts again: midnight on the 1st of next month, China time. */
  resetsAt: z.iso.datetime({ offset: true }),
});
export type ListingQuota = z.output<typeof listingQuotaSchema>;

/** Everything /account shows, from one CMS call made with the member's own session. */
export const memberAccountSchema = z.object({
  member: memberProfileSchema,
  listings: z.array(memberListingSchema),
  listingQuota: listingQuotaSchema,
  merchantApplications: z.array(memberMerchantApplicationSchema),
  dealProposals: z.array(memberDealProposalSchema),
  lotteryEntries: z.array(memberLotteryEntrySchema),
});
export type MemberAccount = z.output<typeof memberAccountSchema>;

/** The receipt of a lottery entry. */
export const lotteryEntryReceiptSchema = z.object({
  entryNumber: z.number().int().min(1),
  lottery: z.object({ slug: z.string() }),
});
export type LotteryEntryReceipt = z.output<typeof lotteryEntryReceiptSchema>;
