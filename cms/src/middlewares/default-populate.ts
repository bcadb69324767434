import type { Context, Next } from 'koa';

import type { Populate } from '../lib/public-api';

interface DefaultPopulateConfig {
  populate: Populate;
}

/**
 * Route middleware: every public read populates exactly what its pages need. A client's own
 * `populate` is replaced, so that no one can reach relations the site never shows.
 */
export default (config: DefaultPopulateConfig) =>
  async function defaultPopulate(ctx: Context, next: Next) {
    ctx.query = { ...ctx.query, populate: config.populate } as typeof ctx.query;
    await next();
  };
