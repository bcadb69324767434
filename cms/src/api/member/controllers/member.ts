import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import {
  AlreadyEnteredError,
  enterLottery,
  logIn,
  logOut,
  memberAccount,
  MemberBlockedError,
  memberOfSession,
  MemberThrottledError,
  postListing,
  signUp,
} from '../../../lib/members';
import { sendError, tooManyRequests } from '../../../lib/error-response';
import { applyForMerchant, proposeDeal, SubmissionRefusedError } from '../../../lib/submissions';

/** The header in which the site passes the member's session along with its own token. */
const SESSION_HEADER = 'x-member-session';

/** `{ data: … }`, as every write to Strapi's REST API is wrapped. */
function payload(ctx: Context): unknown {
  const body = ctx.request.body as { data?: unknown } | undefined;
  return body?.data;
}

async function signedInMember(strapi: Core.Strapi, ctx: Context) {
  const member = await memberOfSession(strapi, ctx.get(SESSION_HEADER) || undefined);
  if (!member) throw new errors.UnauthorizedError('登录已过期，请重新登录');
  return member;
}

/** Runs `action`, turning the members module's own refusals into their HTTP answers. */
async function answer(ctx: Context, status: number, action: () => Promise<unknown>) {
  try {
    const data = await action();
    ctx.status = status;
    ctx.body = data === undefined ? null : { data };
  } catch (error) {
    if (error instanceof MemberThrottledError) return tooManyRequests(ctx, error.waitSeconds);
    if (error instanceof SubmissionRefusedError) return refuseSubmission(ctx, error);
    if (error instanceof MemberBlockedError) {
      return sendError(ctx, 403, 'ForbiddenError', error.message);
    }
    if (error instanceof AlreadyEnteredError) {
      return sendError(
        ctx,
        409,
        'ConflictError',
        `您已经参与过了，报名编号 ${error.entryNumber} 号`,
        {
          code: 'already-entered',
          entryNumber: error.entryNumber,
        },
      );
    }
    throw error;
  }
}

/** A refused submission: its status, and its code for the site to tell refusals apart. */
function refuseSubmission(ctx: Context, error: SubmissionRefusedError) {
  if (error.retryAfterSeconds === null) {
    const name = error.status === 409 ? 'ConflictError' : 'ForbiddenError';
    return sendError(ctx, error.status, name, error.message, {
      code: error.code,
      ...error.details,
    });
  }
  if (error.code === 'throttled') return tooManyRequests(ctx, error.retryAfterSeconds);

  ctx.set('Retry-After', String(error.retryAfterSeconds));
  return sendError(ctx, error.status, 'RateLimitError', error.message, {
    code: error.code,
    retryAfter: error.retryAfterSeconds,
    ...error.details,
  });
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async signUp(ctx: Context) {
    await answer(ctx, 201, () => signUp(strapi, payload(ctx)));
  },

  async logIn(ctx: Context) {
    await answer(ctx, 200, () => logIn(strapi, payload(ctx)));
  },

  async logOut(ctx: Context) {
    const member = await signedInMember(strapi, ctx);
    await logOut(strapi, member);
    ctx.status = 204;
  },

  async account(ctx: Context) {
    const member = await signedInMember(strapi, ctx);
    await answer(ctx, 200, () => memberAccount(strapi, member));
  },

  async postListing(ctx: Context) {
    const member = await signedInMember(strapi, ctx);
    await answer(ctx, 201, () => postListing(strapi, member, payload(ctx)));
  },

  async applyForMerchant(ctx: Context) {
    const member = await signedInMember(strapi, ctx);
    await answer(ctx, 201, () => applyForMerchant(strapi, member, payload(ctx)));
  },

  async proposeDeal(ctx: Context) {
    const member = await signedInMember(strapi, ctx);
    await answer(ctx, 201, () => proposeDeal(strapi, member, payload(ctx)));
  },

  async enterLottery(ctx: Context) {
    const member = await signedInMember(strapi, ctx);
    const { lottery } = (payload(ctx) ?? {}) as { lottery?: unknown };
    await answer(ctx, 201, () => enterLottery(strapi, member, lottery));
  },
});
