import { z } from 'zod';

import { text } from './fields.js';
import { PRODUCT_KINDS } from './product.js';

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

/** A listing a member posted, as they see it on /account, published or still in review. */
export const memberListingSchema = z.object({
  documentId: z.string(),
  kind: z.enum(PRODUCT_KINDS),
  title: z.string(),
  slug: z.string(),
  /** `published` once an editor has let it go live; `draft` while it waits for review. */
  status: z.enum(['draft', 'published']),
  createdAt: z.iso.datetime({ offset: true }),
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

/** Everything /account shows, from one CMS call made with the member's own session. */
export const memberAccountSchema = z.object({
  member: memberProfileSchema,
  listings: z.array(memberListingSchema),
  lotteryEntries: z.array(memberLotteryEntrySchema),
});
export type MemberAccount = z.output<typeof memberAccountSchema>;

/** The receipt of a lottery entry. */
export const lotteryEntryReceiptSchema = z.object({
  entryNumber: z.number().int().min(1),
  lottery: z.object({ slug: z.string() }),
});
export type LotteryEntryReceipt = z.output<typeof lotteryEntryReceiptSchema>;
