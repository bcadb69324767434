import { SITEMAP_SECTIONS, SITEMAP_WINDOW, type SitemapSection } from '@huijiu/shared';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { sitemapSlice, sitemapSummary } from '../../../lib/sitemap';

const isSection = (value: string): value is SitemapSection =>
  (SITEMAP_SECTIONS as readonly string[]).includes(value);

/** A whole number from the query string, or the fallback; anything else is the caller's bug. */
function wholeNumber(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    throw new errors.ValidationError(`${name} must be a whole number of 0 or more`);
  }
  return number;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(ctx: Context) {
    ctx.body = { data: await sitemapSummary(strapi) };
  },

  async slice(ctx: Context) {
    const { section } = ctx.params as { section: string };
    if (!isSection(section)) throw new errors.NotFoundError(`No sitemap section ${section}`);
    const start = wholeNumber(ctx.query.start, 'start', 0);
    const limit = Math.min(wholeNumber(ctx.query.limit, 'limit', SITEMAP_WINDOW), SITEMAP_WINDOW);

    ctx.body = {
      data: await sitemapSlice(strapi, section, start, limit),
      meta: { section, start, limit },
    };
  },
});
