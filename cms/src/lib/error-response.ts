import type { Context } from 'koa';

/**
 * Answers with an error in Strapi's envelope, for refusals Strapi's own error classes word
 * badly (its ForbiddenError always says "Forbidden") or do not have (409, 429).
 */
export function sendError(
  ctx: Context,
  status: number,
  name: string,
  message: string,
  details: Record<string, unknown> = {},
): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details } };
}

/** Answers 429, saying when to come back. */
export function tooManyRequests(ctx: Context, waitSeconds: number): void {
  ctx.set('Retry-After', String(waitSeconds));
  sendError(ctx, 429, 'RateLimitError', `Too many requests; try again in ${waitSeconds} seconds.`, {
    retryAfter: waitSeconds,
  });
}
