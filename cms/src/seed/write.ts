import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { sha256Hex } from '../lib/lottery-draw';
import { present } from '../lib/present';
import { drawDemoWinners } from './generate/lotteries';
import type { DemoPlan, SeoFields } from './generate/types';
import type { ImagePools } from './images';

/**
 * The demo goes live as if a reviewer had approved each document: the review guard refuses to
 * publish anything else.
 */
const APPROVED = { reviewState: 'approved' } as const;

/** Documents the demo seed wrote, per kind. */
export interface SeedCounts {
  images: number;
  categories: number;
  merchants: number;
  members: number;
  supplyListings: number;
  wantedListings: number;
  deals: number;
  articles: number;
  lotteries: number;
  friendLinks: number;
}

export const NO_COUNTS: SeedCounts = {
  images: 0,
  categories: 0,
  merchants: 0,
  members: 0,
  supplyListings: 0,
  wantedListings: 0,
  deals: 0,
  articles: 0,
  lotteries: 0,
  friendLinks: 0,
};

/** Plan keys to the documentIds they were written as. */
type DocumentIds = Map<string, string>;

function documentIdOf(ids: DocumentIds, key: string): string {
  const documentId = ids.get(key);
  if (!documentId) throw new Error(`The demo plan refers to ${key}, which was not written`);
  return documentId;
}

const seoOrNothing = (seo: SeoFields | null) => (seo ? present(seo) : undefined);

/** Runs one step and logs how many documents it wrote and how long it took. */
async function timed(strapi: Core.Strapi, what: string, step: () => Promise<number>) {
  const started = performance.now();
  const count = await step();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  strapi.log.info(`Demo content: ${count} ${what} in ${seconds} s`);
  return count;
}

// Demo members are not meant to sign in: the passwords are random, used once and forgotten.
const unusablePassword = () => randomBytes(24).toString('base64url');

/**
 * Writes the plan through the document service, as an editor's saves would be: validated,
 * published, with relations by documentId and media by upload id.
 */
export async function writeDemoPlan(
  strapi: Core.Strapi,
  plan: DemoPlan,
  pendingImages: Promise<ImagePools>,
): Promise<SeedCounts> {
  const categories: DocumentIds = new Map();
  const merchants: DocumentIds = new Map();
  const members: DocumentIds = new Map();

  const counts: SeedCounts = { ...NO_COUNTS };

  counts.categories = await timed(strapi, 'categories', async () => {
    for (const { key, parentKey, goods: _goods, seo, ...fields } of plan.categories) {
      const category = await strapi.documents('api::category.category').create({
        data: {
          ...present(fields),
          seo: seoOrNothing(seo),
          parent: parentKey ? documentIdOf(categories, parentKey) : undefined,
        },
      });
      categories.set(key, category.documentId);
    }
    return plan.categories.length;
  });

  counts.members = await timed(strapi, 'members', async () => {
    const role = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } });
    if (!role) throw new Error('The users-permissions Authenticated role is missing');

    for (const { region: _region, city: _city, ...member } of plan.members) {
      const user = await strapi.documents('plugin::users-permissions.user').create({
        data: {
          ...present(member),
          password: unusablePassword(),
          provider: 'local',
          confirmed: true,
          blocked: false,
          role: role.documentId,
        },
      });
      members.set(member.username, user.documentId);
    }
    return plan.members.length;
  });

  // Pictures render and upload in the background while the steps above run.
  const images = await pendingImages;
  const photo = (index: number) => images.photos[index % images.photos.length];
  const logo = (index: number) => images.logos[index % images.logos.length];
  counts.images = images.photos.length + images.logos.length;

  counts.merchants = await timed(strapi, 'merchants', async () => {
    for (const {
      key,
      categoryKey,
      logo: logoIndex,
      goods: _goods,
      seo,
      ...fields
    } of plan.merchants) {
      const merchant = await strapi.documents('api::merchant.merchant').create({
        data: {
          ...present(fields),
          ...APPROVED,
          seo: seoOrNothing(seo),
          logo: logo(logoIndex),
          category: documentIdOf(categories, categoryKey),
        },
        status: 'published',
      });
      merchants.set(key, merchant.documentId);
    }
    return plan.merchants.length;
  });

  const listings = await timed(strapi, 'supply and wanted listings', async () => {
    for (const listing of plan.products) {
      const {
        categoryKey,
        merchantKey,
        memberUsername,
        images: pictures,
        seo,
        ...fields
      } = listing;
      await strapi.documents('api::product.product').create({
        data: {
          ...present(fields),
          ...APPROVED,
          seo: seoOrNothing(seo),
          images: pictures.map(photo),
          category: documentIdOf(categories, categoryKey),
          merchant: merchantKey ? documentIdOf(merchants, merchantKey) : undefined,
          member: memberUsername ? documentIdOf(members, memberUsername) : undefined,
        },
        status: 'published',
      });
    }
    return plan.products.length;
  });
  counts.supplyListings = plan.products.filter((listing) => listing.kind === 'supply').length;
  counts.wantedListings = listings - counts.supplyListings;

  counts.deals = await timed(strapi, 'deals', async () => {
    for (const { categoryKey, merchantKey, images: pictures, seo, ...fields } of plan.deals) {
      await strapi.documents('api::deal.deal').create({
        data: {
          ...present(fields),
          ...APPROVED,
          seo: seoOrNothing(seo),
          images: pictures.map(photo),
          category: documentIdOf(categories, categoryKey),
          merchant: documentIdOf(merchants, merchantKey),
        },
        status: 'published',
      });
    }
    return plan.deals.length;
  });

  counts.articles = await timed(strapi, 'articles', async () => {
    for (const { categoryKey, cover, publishedAt, seo, ...fields } of plan.articles) {
      const article = await strapi.documents('api::article.article').create({
        data: {
          ...present(fields),
          ...APPROVED,
          seo: seoOrNothing(seo),
          cover: photo(cover),
          category: documentIdOf(categories, categoryKey),
        },
        status: 'published',
      });
      await backdate(strapi, 'api::article.article', article.documentId, publishedAt);
    }
    return plan.articles.length;
  });

  counts.lotteries = await timed(strapi, 'lotteries', async () => {
    for (const { stage, entryCount, images: pictures, ...fields } of plan.lotteries) {
      // Real randomness: a seed anyone could compute from this file would let them predict
      // the open draw.
      const seed = randomBytes(32).toString('hex');
      const drawn = stage === 'drawn';
      await strapi.documents('api::lottery.lottery').create({
        data: {
          ...fields,
          ...APPROVED,
          images: pictures.map(photo),
          seed,
          commitmentHash: sha256Hex(seed),
          ...(drawn
            ? {
                revealedSeed: seed,
                winners: drawDemoWinners(seed, entryCount, fields.winnerCount),
                entryCount,
              }
            : {}),
        },
        status: 'published',
      });
    }
    return plan.lotteries.length;
  });

  counts.friendLinks = await timed(strapi, 'friend links', async () => {
    for (const link of plan.friendLinks) {
      await strapi.documents('api::friend-link.friend-link').create({
        data: { ...present(link), ...APPROVED },
        status: 'published',
      });
    }
    return plan.friendLinks.length;
  });

  // Last, because its presence is what marks the database as seeded.
  const { organizationLogo, organization, ...site } = plan.site;
  await strapi.documents('api::global.global').create({
    data: {
      ...present(site),
      defaultSeo: present(site.defaultSeo),
      organization: { ...present(organization), logo: logo(organizationLogo) },
      launchBanner: present(site.launchBanner),
    },
  });
  strapi.log.info('Demo content: site settings');

  return counts;
}

/**
 * Moves a published document's dates into the past. The document service stamps "now" on
 * publish and takes no date, so the stored rows are changed directly.
 */
async function backdate(
  strapi: Core.Strapi,
  uid: 'api::article.article',
  documentId: string,
  at: string,
) {
  const moment = new Date(at);
  const rows = strapi.db.query(uid);
  await rows.updateMany({ where: { documentId }, data: { createdAt: moment, updatedAt: moment } });
  await rows.updateMany({
    where: { documentId, publishedAt: { $notNull: true } },
    data: { publishedAt: moment },
  });
}
