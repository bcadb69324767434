import {
  chinaMonth,
  dealProposalInput,
  isActiveVip,
  listingQuotas,
  merchantApplicationInput,
  memberDealProposalSchema,
  memberMerchantApplicationSchema,
  SlidingWindowLimiter,
  slugify,
  type ListingQuota,
  type MemberDealProposal,
  type MemberMerchantApplication,
  type ReviewState,
} from '@huijiu/shared';
import type { Core } from '@strapi/strapi';

import type { Member } from './members';
import { present } from './present';
import {
  recordReviewEvent,
  withReviewAuthority,
  type ReviewActor,
  type ReviewedType,
} from './review';
import { uniqueSlug, validationError } from './validation';

/**
 * What members submit from the site besides listings: applications to become a merchant
 * (商家入驻) and group-buys proposed for their merchant; and the monthly quota on listings.
 * Everything arrives as a draft `in_review` with a `submit` event in the review history, for an
 * editor to approve or send back with a note; nothing a member sends is ever published here.
 */

/**
 * A submission turned down for a reason other than its fields: the controller answers `status`
 * with `code` in the details, so that the site can tell the refusals apart.
 */
export class SubmissionRefusedError extends Error {
  constructor(
    readonly status: 403 | 409 | 429,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    /** For 429: seconds until the member may try again, sent as `Retry-After`. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** Applying is done once or twice in a member's life; more in an hour is a script. */
const merchantApplications = new SlidingWindowLimiter(3, 60 * 60_000);
/** A merchant proposes a few deals at a sitting. */
const dealProposals = new SlidingWindowLimiter(10, 60 * 60_000);

/** Datetimes come back as strings from PostgreSQL and as numbers or strings from SQLite. */
export function isoOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return new Date(value as string | number | Date).toISOString();
}

/**
 * The member as the review history names them. The history is read by every editor and
 * outlives the account, so it carries the 昵称 and never the email, which members' usernames
 * often are.
 */
export function memberActor(member: Member): ReviewActor {
  const name =
    member.displayName?.trim() ||
    (member.username.includes('@') ? `#${member.id}` : member.username);
  return { id: null, name: `会员 ${name}`, email: null };
}

/**
 * Writes a member's document as `in_review` and records the `submit` in its history. The
 * review guard drops `reviewState` from writes made inside a request unless the review flow
 * itself makes them, hence the authority around the write.
 */
export async function submitForReview<T extends { documentId: string }>(
  strapi: Core.Strapi,
  submission: {
    type: ReviewedType;
    title: string;
    member: Member;
    /** The state it leaves: null for a new document. */
    fromState: ReviewState | null;
    /** Writes the document; `reviewState` is the state to store. */
    write: (reviewState: 'in_review') => Promise<T>;
  },
): Promise<T> {
  const document = await withReviewAuthority(() => submission.write('in_review'));
  await recordReviewEvent(strapi, {
    subjectType: submission.type,
    subjectDocumentId: document.documentId,
    subjectTitle: submission.title,
    action: 'submit',
    fromState: submission.fromState,
    toState: 'in_review',
    actor: memberActor(submission.member),
  });
  return document;
}

/** Where a member's document stands, as the account shows it; the note only while it applies. */
function reviewOf(document: { reviewState?: unknown; reviewNote?: unknown }) {
  const reviewState = (document.reviewState ?? 'draft') as ReviewState;
  const reviewNote =
    reviewState === 'changes_requested' && typeof document.reviewNote === 'string'
      ? document.reviewNote
      : null;
  return { reviewState, reviewNote };
}

/** The documents among `documentIds` that have a published version. */
async function publishedAmong(
  strapi: Core.Strapi,
  uid: 'api::product.product' | 'api::merchant.merchant' | 'api::deal.deal',
  documentIds: string[],
): Promise<Set<string>> {
  if (documentIds.length === 0) return new Set();
  const rows = await strapi.db.query(uid).findMany({
    where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
    select: ['documentId'],
  });
  return new Set(rows.map((row) => row.documentId as string));
}

/** Each draft with its review and whether it is live. */
export async function withSubmissionState<
  T extends {
    documentId: string;
    createdAt?: unknown;
    reviewState?: unknown;
    reviewNote?: unknown;
  },
>(
  strapi: Core.Strapi,
  uid: 'api::product.product' | 'api::merchant.merchant' | 'api::deal.deal',
  drafts: T[],
) {
  const published = await publishedAmong(
    strapi,
    uid,
    drafts.map((draft) => draft.documentId),
  );
  return drafts.map((draft) => ({
    ...draft,
    ...reviewOf(draft),
    status: published.has(draft.documentId) ? ('published' as const) : ('draft' as const),
    createdAt: isoOrNull(draft.createdAt),
  }));
}

/** Midnight on the 1st of the month in China, as members read it: 1月1日. */
const chinaMonthDay = (moment: Date): string => {
  const china = new Date(moment.getTime() + 8 * 3_600_000);
  return `${china.getUTCMonth() + 1}月${china.getUTCDate()}日`;
};

/** Both tiers' quotas from the site settings, and the one that applies to `member` now. */
async function quotaOf(strapi: Core.Strapi, member: Member, now: Date) {
  const settings = (await strapi.db
    .query('api::global.global')
    .findOne({ select: ['listingQuotaBasic', 'listingQuotaVip'] })) as {
    listingQuotaBasic: number | null;
    listingQuotaVip: number | null;
  } | null;
  const quotas = listingQuotas(settings);
  const vip = isActiveVip({ tier: member.tier, vipUntil: isoOrNull(member.vipUntil) }, now);
  return { quotas, vip, limit: vip ? quotas.vip : quotas.basic };
}

/**
 * How many listings `member` may still post this calendar month in China: the basic or the
 * VIP quota from the site settings, less what they posted since the 1st.
 */
export async function listingQuota(
  strapi: Core.Strapi,
  member: Member,
  now = new Date(),
): Promise<ListingQuota> {
  const { vip, limit } = await quotaOf(strapi, member, now);
  const { start, end } = chinaMonth(now);

  // Every document has exactly one draft row, published or not, so drafts count documents.
  const used = await strapi.db.query('api::product.product').count({
    where: { member: { id: member.id }, publishedAt: null, createdAt: { $gte: start } },
  });
  return { limit, used, remaining: Math.max(0, limit - used), vip, resetsAt: end.toISOString() };
}

/**
 * Refuses a listing beyond the month's quota with 429 until the 1st of next month.
 * NOTE: counted, then written; two posts at the same instant could both take the last free
 * place. The per-member rate limit keeps that to a stray listing; a counter row updated in the
 * same transaction would close it, should quotas ever be paid for.
 */
export async function assertListingQuota(
  strapi: Core.Strapi,
  member: Member,
  now = new Date(),
): Promise<void> {
  const quota = await listingQuota(strapi, member, now);
  if (quota.remaining > 0) return;

  const { quotas } = await quotaOf(strapi, member, now);
  const resetsAt = new Date(quota.resetsAt);
  const tier = quota.vip ? 'VIP 会员' : '普通会员';
  const upgrade = quota.vip ? '' : `开通 VIP 会员每月可发布 ${quotas.vip} 条。`;
  throw new SubmissionRefusedError(
    429,
    'listing-quota',
    `本月的发布额度已用完：${tier}每月可发布 ${quota.limit} 条，` +
      `${chinaMonthDay(resetsAt)}起可以继续发布。${upgrade}`,
    { limit: quota.limit, used: quota.used, resetsAt: quota.resetsAt },
    Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000)),
  );
}

const MERCHANT = 'api::merchant.merchant';

/** The member's merchant documents (applications and live merchants), newest first. */
async function merchantsOf(strapi: Core.Strapi, member: Member) {
  const drafts = await strapi.documents(MERCHANT).findMany({
    status: 'draft',
    filters: { member: { id: member.id } },
    fields: ['name', 'slug', 'region', 'reviewState', 'reviewNote', 'createdAt'],
    sort: 'createdAt:desc',
    limit: 20,
  });
  return withSubmissionState(strapi, MERCHANT, drafts);
}

/** Approved by an editor, or already live: either way the member speaks for a merchant. */
const isApprovedMerchant = (merchant: { reviewState: ReviewState; status: string }) =>
  merchant.reviewState === 'approved' || merchant.status === 'published';

export async function memberMerchantApplications(
  strapi: Core.Strapi,
  member: Member,
): Promise<MemberMerchantApplication[]> {
  const merchants = await merchantsOf(strapi, member);
  return merchants.map((merchant) => memberMerchantApplicationSchema.parse(merchant));
}

/**
 * Files the member's application to become a merchant: a merchant draft `in_review`, linked to
 * the member and marked 待认证 (`pending`). One at a time: while one waits, or once one is
 * approved, another is refused with 409. One sent back for changes is corrected in place, so
 * that its history stays in one document.
 */
export async function applyForMerchant(
  strapi: Core.Strapi,
  member: Member,
  input: unknown,
): Promise<MemberMerchantApplication> {
  const parsed = merchantApplicationInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { category: categorySlug, ...application } = parsed.data;

  const category = await strapi.documents('api::category.category').findFirst({
    status: 'published',
    filters: { slug: categorySlug, section: 'merchant' },
    fields: ['documentId'],
  });
  if (!category) {
    throw validationError([{ path: ['category'], message: '请从列表中选择经营类目' }]);
  }

  const merchants = await merchantsOf(strapi, member);
  if (merchants.some(isApprovedMerchant)) {
    throw new SubmissionRefusedError(
      409,
      'already-merchant',
      '您的商家入驻申请已经通过，不需要再申请了。',
    );
  }
  const waiting = merchants.find((merchant) => merchant.reviewState !== 'changes_requested');
  if (waiting) {
    throw new SubmissionRefusedError(
      409,
      'application-pending',
      '您已经提交过商家入驻申请，正在审核中。审核有结果后会显示在“我的账户”里，请耐心等待。',
    );
  }

  const waitSeconds = merchantApplications.attempt(member.documentId);
  if (waitSeconds > 0) {
    throw new SubmissionRefusedError(429, 'throttled', '提交太频繁了', {}, waitSeconds);
  }

  // Sent back for changes: the member's corrections go into the same document.
  const returned = merchants[0];
  const data = {
    ...application,
    category: category.documentId,
    verification: 'pending' as const,
  };
  const fields: ('name' | 'slug' | 'region' | 'createdAt')[] = [
    'name',
    'slug',
    'region',
    'createdAt',
  ];
  const merchant = await submitForReview(strapi, {
    type: MERCHANT,
    title: application.name,
    member,
    fromState: returned ? 'changes_requested' : null,
    write: async (reviewState) => {
      if (!returned) {
        const slug = await uniqueSlug(strapi, MERCHANT, slugify(application.name) || 'shangjia');
        return strapi.documents(MERCHANT).create({
          data: { ...data, slug, tier: 'basic', member: member.documentId, reviewState },
          fields,
        });
      }
      const updated = await strapi.documents(MERCHANT).update({
        documentId: returned.documentId,
        data: { ...data, reviewState },
        fields,
      });
      if (!updated) throw new Error(`Merchant ${returned.documentId} vanished while resubmitted`);
      return updated;
    },
  });
  strapi.log.info(`Member ${member.documentId} applied as merchant ${merchant.documentId}`);

  return memberMerchantApplicationSchema.parse({
    ...merchant,
    status: 'draft',
    reviewState: 'in_review',
    reviewNote: null,
    createdAt: isoOrNull(merchant.createdAt),
  });
}

const DEAL = 'api::deal.deal';

export const NO_APPROVED_MERCHANT =
  '发起团购需要先成为认证商家：请先提交商家入驻申请，审核通过后就可以在这里发起团购了。';

export async function memberDealProposals(
  strapi: Core.Strapi,
  member: Member,
): Promise<MemberDealProposal[]> {
  const drafts = await strapi.documents(DEAL).findMany({
    status: 'draft',
    filters: { merchant: { member: { id: member.id } } },
    fields: [
      'title',
      'slug',
      'type',
      'startsAt',
      'endsAt',
      'reviewState',
      'reviewNote',
      'createdAt',
    ],
    sort: 'createdAt:desc',
    limit: 100,
  });
  const deals = await withSubmissionState(strapi, DEAL, drafts);
  return deals.map((deal) =>
    memberDealProposalSchema.parse({
      ...deal,
      startsAt: isoOrNull(deal.startsAt),
      endsAt: isoOrNull(deal.endsAt),
    }),
  );
}

/**
 * Files a group-buy the member proposes for their approved merchant as a deal draft
 * `in_review`. A member without one is refused with 403 before their input is looked at, since
 * no correction of the form would help them.
 */
export async function proposeDeal(
  strapi: Core.Strapi,
  member: Member,
  input: unknown,
): Promise<MemberDealProposal> {
  const merchant = (await merchantsOf(strapi, member)).find(isApprovedMerchant);
  if (!merchant) throw new SubmissionRefusedError(403, 'no-merchant', NO_APPROVED_MERCHANT);

  const parsed = dealProposalInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const proposal = parsed.data;

  const waitSeconds = dealProposals.attempt(member.documentId);
  if (waitSeconds > 0) {
    throw new SubmissionRefusedError(429, 'throttled', '提交太频繁了', {}, waitSeconds);
  }

  const deal = await submitForReview(strapi, {
    type: DEAL,
    title: proposal.title,
    member,
    fromState: null,
    write: async (reviewState) =>
      strapi.documents(DEAL).create({
        data: {
          ...present(proposal),
          slug: await uniqueSlug(strapi, DEAL, slugify(proposal.title) || 'tuangou'),
          soldCount: 0,
          region: merchant.region ?? undefined,
          merchant: merchant.documentId,
          reviewState,
        },
        fields: ['title', 'slug', 'type', 'startsAt', 'endsAt', 'createdAt'],
      }),
  });
  strapi.log.info(
    `Member ${member.documentId} proposed deal ${deal.documentId} for ${merchant.documentId}`,
  );

  return memberDealProposalSchema.parse({
    ...deal,
    startsAt: isoOrNull(deal.startsAt),
    endsAt: isoOrNull(deal.endsAt),
    status: 'draft',
    reviewState: 'in_review',
    reviewNote: null,
    createdAt: isoOrNull(deal.createdAt),
  });
}
