import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

/**
 * Parameters that select draft versions. Strapi 5 serves drafts to any role allowed to `find`
 * when asked with `status=draft`; `publicationState` is Strapi 4's name for the same thing.
 */
const DRAFT_SELECTORS = ['status', 'publicationState'];

/**
 * Server middleware: on the REST API, requests never choose the publication state, so every
 * content type, list and single route serves published documents only.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/`;

  return async function publishedOnly(ctx: Context, next: Next) {
    if (ctx.path.startsWith(prefix)) {
      const query = ctx.query as Record<string, unknown>;
      if (DRAFT_SELECTORS.some((name) => name in query)) {
        ctx.query = Object.fromEntries(
          Object.entries(query).filter(([name]) => !DRAFT_SELECTORS.includes(name)),
        ) as typeof ctx.query;
      }
    }
    await next();
  };
};
