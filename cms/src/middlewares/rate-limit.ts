import { SlidingWindowLimiter } from '@huijiu/shared';
import type { Context, Next } from 'koa';

import { tooManyRequests } from '../lib/error-response';

interface RateLimitConfig {
  /** Requests allowed per client address within the window. */
  max: number;
  windowSeconds: number;
}

/**
 * Route middleware: a sliding-window limit per client address, answering 429 with
 * `Retry-After`. Requests made with an API token are the site's, which forwards many visitors
 * at once and limits each visitor itself, so they are not counted here.
 */
export default (config: RateLimitConfig) => {
  const limiter = new SlidingWindowLimiter(config.max, config.windowSeconds * 1000);

  return async function rateLimit(ctx: Context, next: Next) {
    if (ctx.state.auth?.strategy?.name === 'content-api-token') return next();

    const waitSeconds = limiter.attempt(ctx.request.ip);
    if (waitSeconds > 0) return tooManyRequests(ctx, waitSeconds);
    await next();
  };
};
