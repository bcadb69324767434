import type { Context, Next } from 'koa';

interface RateLimitConfig {
  /** Requests allowed per client address within the window. */
  max: number;
  windowSeconds: number;
}

/** Beyond this many tracked addresses, expired ones are swept before adding another. */
const SWEEP_THRESHOLD = 10_000;

/**
 * Route middleware: a sliding-window limit per client address, answering 429 with
 * `Retry-After`. Requests made with an API token are the site's, which forwards many visitors
 * at once and limits each visitor itself, so they are not counted here.
 */
export default (config: RateLimitConfig) => {
  const windowMs = config.windowSeconds * 1000;
  // NOTE: in memory, so each CMS process counts on its own and a restart forgets. Good enough
  // for one process; several processes behind a balancer need a shared store such as Redis.
  const hits = new Map<string, number[]>();

  return async function rateLimit(ctx: Context, next: Next) {
    if (ctx.state.auth?.strategy?.name === 'api-token') return next();

    const now = Date.now();
    const recent = (hits.get(ctx.request.ip) ?? []).filter((at) => now - at < windowMs);
    if (recent.length >= config.max) {
      const retryAfter = Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000));
      ctx.set('Retry-After', String(retryAfter));
      ctx.status = 429;
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: 'RateLimitError',
          message: `Too many requests; try again in ${retryAfter} seconds.`,
        },
      };
      return;
    }

    if (hits.size >= SWEEP_THRESHOLD) {
      for (const [ip, times] of hits) {
        if (times.every((at) => now - at >= windowMs)) hits.delete(ip);
      }
    }
    recent.push(now);
    hits.set(ctx.request.ip, recent);
    await next();
  };
};
