import { SlidingWindowLimiter } from './rate-limit.server';

/** A person opens an account or two; five sign-ups an hour from one address stops scripts. */
export const signUpLimiter = new SlidingWindowLimiter(5, 60 * 60_000);

/**
 * Ten tries in ten minutes from one address covers typos. The CMS also limits tries per email,
 * but only the site sees the visitor's address, so guessing across many emails stops here.
 */
export const logInLimiter = new SlidingWindowLimiter(10, 10 * 60_000);

/** Per member, not per address: members share office and mobile network addresses. */
export const listingLimiter = new SlidingWindowLimiter(10, 60 * 60_000);

/** Words the wait for a 429 message: whole minutes, at least one. */
export const waitInMinutes = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));

/** Per member: an application is filed once or twice in a member's life. */
export const merchantApplicationLimiter = new SlidingWindowLimiter(5, 60 * 60_000);

/** Per member: a merchant proposes a few group-buys at a sitting. */
export const dealProposalLimiter = new SlidingWindowLimiter(10, 60 * 60_000);
