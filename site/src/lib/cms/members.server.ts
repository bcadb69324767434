import {
  lotteryEntryReceiptSchema,
  memberAccountSchema,
  memberDealProposalSchema,
  memberListingSchema,
  memberMerchantApplicationSchema,
  memberSessionSchema,
  type DealProposalInput,
  type LotteryEntryReceipt,
  type MemberDealProposal,
  type MemberListing as CmsMemberListing,
  type MemberLogInInput,
  type MemberMerchantApplication,
  type MemberProfile,
  type MemberListingInput,
  type MemberLotteryEntry,
  type MemberSignUpInput,
  type MerchantApplicationInput,
} from '@huijiu/shared';
import { z } from 'zod';

import { fetchFromCms } from './client.server';
import { MemberSessionError } from './errors';
import type {
  Account,
  AccountDealProposal,
  AccountListing,
  AccountLotteryEntry,
  AccountMerchantApplication,
  Member,
  MemberSession,
  SubmissionReview,
} from './types';

/*
 * The member routes act for one member: the session token travels beside the site's write
 * token, never instead of it. A 401 on them arrives as `MemberSessionError`; any other refusal
 * as `CmsResponseError`, whose `cmsFieldErrors` are ready to show beside the form's fields.
 */

const sessionResponse = z.object({ data: memberSessionSchema });
const accountResponse = z.object({ data: memberAccountSchema });
const listingResponse = z.object({ data: memberListingSchema });
const receiptResponse = z.object({ data: lotteryEntryReceiptSchema });
const applicationResponse = z.object({ data: memberMerchantApplicationSchema });
const proposalResponse = z.object({ data: memberDealProposalSchema });

const toMember = (profile: MemberProfile): Member => ({
  key: profile.documentId,
  name: profile.displayName ?? profile.username,
  tier: profile.tier,
  vipUntil: profile.vipUntil === null ? null : new Date(profile.vipUntil),
  level: profile.level,
  points: profile.points,
});

/**
 * The member's view of the review: live once published; a draft an editor moved back to 草稿
 * is, for the member, still with the editors.
 */
function toReview(submission: Pick<CmsMemberListing, 'status' | 'reviewState' | 'reviewNote'>) {
  const review: SubmissionReview = { state: 'in_review', note: null };
  if (submission.status === 'published') review.state = 'published';
  else if (submission.reviewState === 'approved') review.state = 'approved';
  else if (submission.reviewState === 'changes_requested') {
    review.state = 'changes_requested';
    review.note = submission.reviewNote;
  }
  return review;
}

const toAccountListing = (listing: CmsMemberListing): AccountListing => ({
  kind: listing.kind,
  title: listing.title,
  slug: listing.slug,
  postedAt: new Date(listing.createdAt),
  ...toReview(listing),
});

const toMerchantApplication = (
  application: MemberMerchantApplication,
): AccountMerchantApplication => ({
  name: application.name,
  slug: application.status === 'published' ? application.slug : null,
  region: application.region,
  appliedAt: new Date(application.createdAt),
  ...toReview(application),
});

const toDealProposal = (proposal: MemberDealProposal): AccountDealProposal => ({
  title: proposal.title,
  slug: proposal.status === 'published' ? proposal.slug : null,
  type: proposal.type,
  startsAt: new Date(proposal.startsAt),
  endsAt: new Date(proposal.endsAt),
  proposedAt: new Date(proposal.createdAt),
  ...toReview(proposal),
});

const toAccountLotteryEntry = (entry: MemberLotteryEntry): AccountLotteryEntry => ({
  lotterySlug: entry.lottery.slug,
  lotteryTitle: entry.lottery.title,
  entryNumber: entry.entryNumber,
  enteredAt: new Date(entry.enteredAt),
  result: entry.won === null ? 'pending' : entry.won ? 'won' : 'lost',
});

/** Creates a basic member and starts their first session. */
export async function signUp(input: MemberSignUpInput): Promise<MemberSession> {
  const { data } = await fetchFromCms('/api/members/sign-up', sessionResponse, {
    method: 'POST',
    body: { data: input },
    credential: 'write',
  });
  return { token: data.token, expiresAt: new Date(data.expiresAt), member: toMember(data.member) };
}

/** Starts a session; wrong credentials come back as a 400 on `password`, never saying which. */
export async function logIn(input: MemberLogInInput): Promise<MemberSession> {
  const { data } = await fetchFromCms('/api/members/log-in', sessionResponse, {
    method: 'POST',
    body: { data: input },
    credential: 'write',
  });
  return { token: data.token, expiresAt: new Date(data.expiresAt), member: toMember(data.member) };
}

/** Revokes the session. One the CMS no longer knows is as logged out as it gets. */
export async function logOut(session: string): Promise<void> {
  try {
    await fetchFromCms('/api/members/log-out', z.undefined(), {
      method: 'POST',
      credential: 'write',
      session,
    });
  } catch (error) {
    if (!(error instanceof MemberSessionError)) throw error;
  }
}

/**
 * The member's profile, submissions and lottery entries, in the CMS's order, with where each
 * submission stands in review: private fields the CMS shows the member for their own documents.
 */
export async function loadAccount(session: string): Promise<Account> {
  const { data } = await fetchFromCms('/api/members/me', accountResponse, {
    credential: 'write',
    session,
  });
  const merchantApplications = data.merchantApplications.map(toMerchantApplication);
  return {
    member: toMember(data.member),
    listings: data.listings.map(toAccountListing),
    listingAllowance: {
      limit: data.listingQuota.limit,
      remaining: data.listingQuota.remaining,
      vip: data.listingQuota.vip,
      resetsAt: new Date(data.listingQuota.resetsAt),
    },
    merchantApplications,
    dealProposals: data.dealProposals.map(toDealProposal),
    isMerchant: merchantApplications.some(
      (application) => application.state === 'approved' || application.state === 'published',
    ),
    lotteryEntries: data.lotteryEntries.map(toAccountLotteryEntry),
  };
}

/** Hands a listing to the CMS, where it waits as a draft until an editor publishes it. */
export async function postListing(
  session: string,
  input: MemberListingInput,
): Promise<AccountListing> {
  const { data } = await fetchFromCms('/api/members/me/listings', listingResponse, {
    method: 'POST',
    body: { data: input },
    credential: 'write',
    session,
  });
  return toAccountListing(data);
}

/**
 * Hands the member's application to become a merchant to the CMS, where it waits in review. The
 * CMS refuses a second one while the first waits with 409 (`application-pending`).
 */
export async function applyForMerchant(
  session: string,
  input: MerchantApplicationInput,
): Promise<AccountMerchantApplication> {
  const { data } = await fetchFromCms(
    '/api/members/me/merchant-applications',
    applicationResponse,
    {
      method: 'POST',
      body: { data: input },
      credential: 'write',
      session,
    },
  );
  return toMerchantApplication(data);
}

/**
 * Hands a group-buy the member proposes to the CMS, as a draft in review under their merchant.
 * A member without an approved merchant is refused with 403 (`no-merchant`).
 */
export async function proposeDeal(
  session: string,
  input: DealProposalInput,
): Promise<AccountDealProposal> {
  const { data } = await fetchFromCms('/api/members/me/deals', proposalResponse, {
    method: 'POST',
    body: { data: input },
    credential: 'write',
    session,
  });
  return toDealProposal(data);
}

/**
 * Enters the member in the draw `slug`. The CMS refuses with 409 (`already-entered`) a second
 * entry, with 400 (`not-open`) one outside the entry window and with 404 an unknown draw.
 */
export async function enterLottery(session: string, slug: string): Promise<LotteryEntryReceipt> {
  const { data } = await fetchFromCms('/api/members/me/lottery-entries', receiptResponse, {
    method: 'POST',
    body: { data: { lottery: slug } },
    credential: 'write',
    session,
  });
  return data;
}
