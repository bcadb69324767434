import {
  lotteryEntryReceiptSchema,
  memberAccountSchema,
  memberListingSchema,
  memberSessionSchema,
  type LotteryEntryReceipt,
  type MemberListing as CmsMemberListing,
  type MemberLogInInput,
  type MemberProfile,
  type MemberListingInput,
  type MemberLotteryEntry,
  type MemberSignUpInput,
} from '@huijiu/shared';
import { z } from 'zod';

import { fetchFromCms } from './client.server';
import { MemberSessionError } from './errors';
import type { Account, AccountListing, AccountLotteryEntry, Member, MemberSession } from './types';

/*
 * The member routes act for one member: the session token travels beside the site's write
 * token, never instead of it. A 401 on them arrives as `MemberSessionError`; any other refusal
 * as `CmsResponseError`, whose `cmsFieldErrors` are ready to show beside the form's fields.
 */

const sessionResponse = z.object({ data: memberSessionSchema });
const accountResponse = z.object({ data: memberAccountSchema });
const listingResponse = z.object({ data: memberListingSchema });
const receiptResponse = z.object({ data: lotteryEntryReceiptSchema });

const toMember = (profile: MemberProfile): Member => ({
  key: profile.documentId,
  name: profile.displayName ?? profile.username,
  tier: profile.tier,
  vipUntil: profile.vipUntil === null ? null : new Date(profile.vipUntil),
  level: profile.level,
  points: profile.points,
});

const toAccountListing = (listing: CmsMemberListing): AccountListing => ({
  kind: listing.kind,
  title: listing.title,
  slug: listing.slug,
  status: listing.status,
  postedAt: new Date(listing.createdAt),
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

/** The member's profile, their listings and their lottery entries, in the CMS's order. */
export async function loadAccount(session: string): Promise<Account> {
  const { data } = await fetchFromCms('/api/members/me', accountResponse, {
    credential: 'write',
    session,
  });
  return {
    member: toMember(data.member),
    listings: data.listings.map(toAccountListing),
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
