import type { Core } from '@strapi/strapi';

import { planDemoContent } from './generate/plan';
import { uploadDemoImages } from './images';
import { addScaleListings } from './scale';
import { NO_COUNTS, writeDemoPlan, type SeedCounts } from './write';

export type { SeedCounts } from './write';

export interface SeedOptions {
  /** Extra published listings to add for benchmarks, on top of the demo content. */
  scale?: number;
  /** The moment demo dates are relative to; tests pin it. */
  now?: Date;
}

export interface SeedReport {
  /** False when the database already held content and the demo was not written again. */
  seeded: boolean;
  /** How many admin users exist; 0 means the first one still has to be registered. */
  adminUsers: number;
  /** Documents the demo wrote, per kind; all zero when `seeded` is false. */
  created: SeedCounts;
  /** Listings scale mode added. */
  scaledListings: number;
  /** Wall time of the whole call. */
  seconds: number;
}

/**
 * Fills an empty database with the demo portal: a believable Chinese B2B/B2C site with
 * categories, merchants, members, listings, deals, news, lotteries and links. A database that
 * already has site settings counts as in use and is left untouched, so running this twice is
 * safe. With `scale`, that many more listings are added either way.
 */
export async function seedDemoContent(
  strapi: Core.Strapi,
  { scale = 0, now = new Date() }: SeedOptions = {},
): Promise<SeedReport> {
  const started = performance.now();
  const adminUsers = await strapi.db.query('admin::user').count();
  const existing = await strapi.documents('api::global.global').findFirst();

  let created = { ...NO_COUNTS };
  if (!existing) {
    const images = uploadDemoImages(strapi);
    // Handled where it is awaited; this only keeps an early failure elsewhere from leaving
    // the upload's rejection unhandled.
    images.catch(() => undefined);
    created = await writeDemoPlan(strapi, planDemoContent(now), images);
  }
  const scaledListings = scale > 0 ? await addScaleListings(strapi, scale, now) : 0;

  const seconds = Math.round((performance.now() - started) / 100) / 10;
  if (!existing || scaledListings > 0) strapi.log.info(`Demo content done in ${seconds} s`);
  return { seeded: !existing, adminUsers, created, scaledListings, seconds };
}
