import {
  memberListingInput,
  memberListingSchema,
  memberLotteryEntrySchema,
  memberLogInInput,
  memberProfileSchema,
  memberSignUpInput,
  SlidingWindowLimiter,
  slugify,
  type LotteryEntryReceipt,
  type MemberAccount,
  type MemberListing,
  type MemberLotteryEntry,
  type MemberProfile,
  type MemberSession,
} from '@huijiu/shared';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { present } from './present';
import {
  assertListingQuota,
  isoOrNull,
  listingQuota,
  memberDealProposals,
  memberMerchantApplications,
  submitForReview,
  withSubmissionState,
} from './submissions';
import { uniqueSlug, validationError } from './validation';

/**
 * Members sign up, log in and act only through the site's server, which calls the routes in
 * `api/member` with its write token and passes the member's session along. A session is a
 * users-permissions refresh token: stored server-side, so log-out revokes it, and never turned
 * into an access token, because no member talks to the CMS directly.
 */

const USER = 'plugin::users-permissions.user';
const SESSION_ORIGIN = 'users-permissions';

/** How long a log-in lasts; the plugin's session lifespans are set from it. */
export const MEMBER_SESSION_DAYS = 14;

/** Failed log-ins allowed per email before it is locked for the rest of the window. */
const logInFailures = new SlidingWindowLimiter(10, 15 * 60_000);
/** A person posts a handful of listings at a time; more is a script. */
const listingPosts = new SlidingWindowLimiter(5, 60 * 60_000);

/** The member is asked to wait; the controller answers 429 with `Retry-After`. */
export class MemberThrottledError extends Error {
  constructor(readonly waitSeconds: number) {
    super(`Too many attempts; wait ${waitSeconds} s`);
  }
}

/** An editor blocked this member; the controller answers 403 with the reason. */
export class MemberBlockedError extends Error {
  constructor() {
    super('这个账号已被停用，如有疑问请通过意见反馈联系我们');
  }
}

/** The member already has an entry in this lottery; the controller answers 409. */
export class AlreadyEnteredError extends Error {
  constructor(readonly entryNumber: number) {
    super(`Already entered as number ${entryNumber}`);
  }
}

/** A member as stored, with the columns the profile needs. */
export interface Member {
  id: number;
  documentId: string;
  username: string;
  displayName: string | null;
  tier: 'basic' | 'vip';
  vipUntil: string | null;
  level: number | null;
  points: number | null;
}

const MEMBER_COLUMNS = [
  'id',
  'documentId',
  'username',
  'displayName',
  'tier',
  'vipUntil',
  'level',
  'points',
] as const;

export function memberProfile(member: Member): MemberProfile {
  return memberProfileSchema.parse({ ...member, vipUntil: isoOrNull(member.vipUntil) });
}

async function findMember(strapi: Core.Strapi, where: Record<string, unknown>) {
  const row = await strapi.db.query(USER).findOne({
    where,
    select: [...MEMBER_COLUMNS, 'password', 'blocked'],
  });
  return row as (Member & { password: string | null; blocked: boolean | null }) | null;
}

async function openSession(strapi: Core.Strapi, member: Member): Promise<MemberSession> {
  const session = await strapi
    .sessionManager(SESSION_ORIGIN)
    .generateRefreshToken(String(member.id), undefined, { type: 'refresh' });

  return {
    token: session.token,
    expiresAt: session.absoluteExpiresAt,
    member: memberProfile(member),
  };
}

export async function signUp(strapi: Core.Strapi, input: unknown): Promise<MemberSession> {
  const parsed = memberSignUpInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { email, password, displayName } = parsed.data;

  const taken = await strapi.db.query(USER).count({
    where: { $or: [{ email }, { username: email }] },
  });
  if (taken > 0) {
    throw validationError([{ path: ['email'], message: '这个邮箱已经注册过了，可以直接登录' }]);
  }
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' }, select: ['documentId'] });
  if (!role) throw new Error('The users-permissions Authenticated role is missing');

  // The email doubles as the username: members sign in with it and see only their 昵称.
  const created = await strapi.documents(USER).create({
    data: {
      username: email,
      email,
      password,
      displayName,
      provider: 'local',
      confirmed: true,
      blocked: false,
      tier: 'basic',
      level: 1,
      points: 0,
      role: role.documentId,
    },
  });
  const member = await findMember(strapi, { id: created.id });
  if (!member) throw new Error(`Member ${created.documentId} vanished after sign-up`);

  strapi.log.info(`Member ${member.documentId} signed up`);
  return openSession(strapi, member);
}

export async function logIn(strapi: Core.Strapi, input: unknown): Promise<MemberSession> {
  const parsed = memberLogInInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { email, password } = parsed.data;

  const waitSeconds = logInFailures.waitSeconds(email);
  if (waitSeconds > 0) throw new MemberThrottledError(waitSeconds);

  const member = await findMember(strapi, { email, provider: 'local' });
  const valid =
    member?.password &&
    (await strapi
      .plugin('users-permissions')
      .service('user')
      .validatePassword(password, member.password));
  if (!member || !valid) {
    logInFailures.attempt(email);
    // The same answer whether the email or the password is wrong.
    throw validationError([{ path: ['password'], message: '邮箱或密码不对' }]);
  }
  if (member.blocked) {
    throw new MemberBlockedError();
  }

  logInFailures.forget(email);
  return openSession(strapi, member);
}

/** The member a session belongs to, or null when it is unknown, expired, revoked or blocked. */
export async function memberOfSession(
  strapi: Core.Strapi,
  token: string | undefined,
): Promise<(Member & { sessionId: string }) | null> {
  if (!token) return null;
  const session = await strapi.sessionManager(SESSION_ORIGIN).validateRefreshToken(token);
  if (!session.isValid) return null;

  const member = await findMember(strapi, { id: Number(session.userId) });
  if (!member || member.blocked) return null;
  return { ...member, sessionId: session.sessionId };
}

export async function logOut(strapi: Core.Strapi, member: Member & { sessionId: string }) {
  await strapi
    .sessionManager(SESSION_ORIGIN)
    .revokeSessionById(String(member.id), member.sessionId);
}

export async function memberAccount(strapi: Core.Strapi, member: Member): Promise<MemberAccount> {
  return {
    member: memberProfile(member),
    listings: await memberListings(strapi, member),
    listingQuota: await listingQuota(strapi, member),
    merchantApplications: await memberMerchantApplications(strapi, member),
    dealProposals: await memberDealProposals(strapi, member),
    lotteryEntries: await memberLotteryEntries(strapi, member),
  };
}

/**
 * The member's listings, newest first, each with where its review stands (private fields,
 * shown to the member who wrote it) and marked published once an editor let it go live.
 */
async function memberListings(strapi: Core.Strapi, member: Member): Promise<MemberListing[]> {
  const drafts = await strapi.documents('api::product.product').findMany({
    status: 'draft',
    filters: { member: { id: member.id } },
    fields: ['kind', 'title', 'slug', 'reviewState', 'reviewNote', 'createdAt'],
    sort: 'createdAt:desc',
    limit: 100,
  });
  const listings = await withSubmissionState(strapi, 'api::product.product', drafts);
  return listings.map((listing) => memberListingSchema.parse(listing));
}

async function memberLotteryEntries(
  strapi: Core.Strapi,
  member: Member,
): Promise<MemberLotteryEntry[]> {
  const entries = (await strapi.db.query('api::lottery-entry.lottery-entry').findMany({
    where: { memberKey: member.documentId },
    select: ['entryNumber', 'lotteryKey', 'createdAt'],
    orderBy: { createdAt: 'desc' },
    limit: 100,
  })) as { entryNumber: number; lotteryKey: string; createdAt: unknown }[];
  if (entries.length === 0) return [];

  const lotteries = await strapi.documents('api::lottery.lottery').findMany({
    status: 'published',
    filters: { documentId: { $in: entries.map((entry) => entry.lotteryKey) } },
    fields: ['title', 'slug', 'drawAt', 'revealedSeed', 'winners'],
  });
  const byDocumentId = new Map(lotteries.map((lottery) => [lottery.documentId, lottery]));

  // An entry in a lottery that was taken down is no longer shown.
  return entries.flatMap((entry) => {
    const lottery = byDocumentId.get(entry.lotteryKey);
    if (!lottery) return [];
    const winners = lottery.revealedSeed ? (lottery.winners as { entryNumber: number }[]) : null;
    return [
      memberLotteryEntrySchema.parse({
        entryNumber: entry.entryNumber,
        enteredAt: isoOrNull(entry.createdAt),
        lottery: { title: lottery.title, slug: lottery.slug, drawAt: isoOrNull(lottery.drawAt) },
        won: winners ? winners.some((winner) => winner.entryNumber === entry.entryNumber) : null,
      }),
    ];
  });
}

/**
 * A listing posted from the site arrives as a draft `in_review` for an editor, within the
 * member's monthly quota.
 */
export async function postListing(
  strapi: Core.Strapi,
  member: Member,
  input: unknown,
): Promise<MemberListing> {
  const parsed = memberListingInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { category: categorySlug, ...listing } = parsed.data;

  let category: string | undefined;
  if (categorySlug) {
    const found = await strapi.documents('api::category.category').findFirst({
      status: 'published',
      filters: { slug: categorySlug, section: listing.kind },
      fields: ['documentId'],
    });
    if (!found) {
      throw validationError([{ path: ['category'], message: '请从列表中选择这类信息的分类' }]);
    }
    category = found.documentId;
  }

  await assertListingQuota(strapi, member);
  const waitSeconds = listingPosts.attempt(member.documentId);
  if (waitSeconds > 0) throw new MemberThrottledError(waitSeconds);

  const base = slugify(listing.title) || 'xinxi';
  const slug = await uniqueSlug(strapi, 'api::product.product', base);
  const product = await submitForReview(strapi, {
    type: 'api::product.product',
    title: listing.title,
    member,
    fromState: null,
    write: (reviewState) =>
      strapi.documents('api::product.product').create({
        data: { ...present(listing), slug, category, member: member.documentId, reviewState },
      }),
  });
  strapi.log.info(`Member ${member.documentId} posted listing ${product.documentId} for review`);

  return memberListingSchema.parse({
    ...product,
    status: 'draft',
    reviewState: 'in_review',
    reviewNote: null,
    createdAt: isoOrNull(product.createdAt),
  });
}

/** Two members entering at the same moment may race for a number; the loser takes the next. */
const ENTRY_NUMBER_ATTEMPTS = 5;

export async function enterLottery(
  strapi: Core.Strapi,
  member: Member,
  slug: unknown,
  now = new Date(),
): Promise<LotteryEntryReceipt> {
  if (typeof slug !== 'string' || !slug) {
    throw validationError([{ path: ['lottery'], message: '请指明要参与的抽奖活动' }]);
  }
  const lottery = await strapi.documents('api::lottery.lottery').findFirst({
    status: 'published',
    filters: { slug },
    fields: ['slug', 'entryStartsAt', 'entryEndsAt'],
  });
  if (!lottery) throw new errors.NotFoundError('没有找到这个抽奖活动');

  if (now < new Date(lottery.entryStartsAt as string)) {
    throw new errors.ApplicationError('报名还没有开始，请到时再来', { code: 'not-open' });
  }
  if (now >= new Date(lottery.entryEndsAt as string)) {
    throw new errors.ApplicationError('报名已经截止了', { code: 'not-open' });
  }

  const entries = strapi.db.query('api::lottery-entry.lottery-entry');
  const keys = { lotteryKey: lottery.documentId, memberKey: member.documentId };
  for (let attempt = 1; ; attempt += 1) {
    const existing = await entries.findOne({ where: keys, select: ['entryNumber'] });
    if (existing) throw new AlreadyEnteredError(existing.entryNumber as number);

    const [last] = await entries.findMany({
      where: { lotteryKey: lottery.documentId },
      select: ['entryNumber'],
      orderBy: { entryNumber: 'desc' },
      limit: 1,
    });
    const entryNumber = ((last?.entryNumber as number | undefined) ?? 0) + 1;
    try {
      await strapi.documents('api::lottery-entry.lottery-entry').create({
        data: { ...keys, entryNumber, lottery: lottery.documentId, member: member.documentId },
      });
      return { entryNumber, lottery: { slug } };
    } catch (error) {
      // Unique indexes on (lottery, member) and (lottery, number) settle races; look again.
      if (attempt >= ENTRY_NUMBER_ATTEMPTS) throw error;
    }
  }
}
