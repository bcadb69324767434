import type { AstroCookies } from 'astro';

import { loadAccount, MemberSessionError, type Account, type MemberSession } from './cms';
import { siteConfig } from './config.server';

/** The cookie that holds a member's session token. */
export const SESSION_COOKIE = 'hj_session';

/** Cache-Control of every response that depends on who the visitor is. */
export const PRIVATE_NO_STORE = 'private, no-store';

/** What pages and the middleware share: the request's cookies and its locals. */
interface SessionContext {
  cookies: AstroCookies;
  locals: App.Locals;
}

// Tokens are opaque to the site, but one that could not travel in an HTTP header is certainly
// not ours, and would make `fetch` throw before the CMS could refuse it.
const TOKEN_PATTERN = /^[\x21-\x7e]{20,1024}$/;

/**
 * Marks the response as private to this visitor; the middleware then sends `PRIVATE_NO_STORE`,
 * also on redirects, which a page's own headers would not reach.
 */
export function markPrivate(context: SessionContext): void {
  context.locals.readsMemberSession = true;
}

/** The session token from the cookie, or null when there is none worth sending to the CMS. */
export function readSessionToken(context: SessionContext): string | null {
  markPrivate(context);
  const token = context.cookies.get(SESSION_COOKIE)?.value;

  return token && TOKEN_PATTERN.test(token) ? token : null;
}

/**
 * Keeps the session in a cookie scripts cannot read (httpOnly), sent on links from other sites
 * but not on their form posts (Lax), over HTTPS only when the site is served over HTTPS, and
 * gone when the CMS would refuse the session anyway.
 */
export function keepSession(context: SessionContext, session: MemberSession): void {
  markPrivate(context);
  context.cookies.set(SESSION_COOKIE, session.token, {
    ...cookieScope(),
    expires: session.expiresAt,
  });
}

/** Removes the session cookie, after a log-out or when the CMS refused the session. */
export function forgetSession(context: SessionContext): void {
  markPrivate(context);
  context.cookies.delete(SESSION_COOKIE, cookieScope());
}

function cookieScope() {
  return {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: siteConfig().PUBLIC_SITE_URL.startsWith('https:'),
  } as const;
}

/** A member's account with the token that opened it, for pages that act as the member. */
export interface SignedInMember {
  token: string;
  account: Account;
}

/**
 * The visitor's account, or null when they are not logged in. A session the CMS refuses
 * (expired, revoked) is forgotten here, so that the visitor is asked to log in again once.
 */
export async function signedInMember(context: SessionContext): Promise<SignedInMember | null> {
  const token = readSessionToken(context);
  if (!token) {
    if (context.cookies.has(SESSION_COOKIE)) forgetSession(context);
    return null;
  }

  try {
    return { token, account: await loadAccount(token) };
  } catch (error) {
    if (!(error instanceof MemberSessionError)) throw error;
    forgetSession(context);
    return null;
  }
}
