import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import {
  MAX_SITEMAP_SLICE,
  SITEMAP_SECTIONS,
  sitemapSlice,
  sitemapSummary,
  type SitemapSection,
} from '../../../lib/sitemap';

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
    const limit = Math.min(
      wholeNumber(ctx.query.limit, 'limit', MAX_SITEMAP_SLICE),
      MAX_SITEMAP_SLICE,
    );

    ctx.body = {
      data: await sitemapSlice(strapi, section, start, limit),
      meta: { section, start, limit },
    };
  },
});
