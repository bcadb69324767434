import { createHash } from 'node:crypto';

import request from 'supertest';

import { seedDemoContent, type SeedReport } from '../src/seed/demo-content';
import { planDemoContent } from '../src/seed/generate/plan';
import { startTestCms, type TestCms } from './helpers/test-cms';

/** The parts of Strapi's services these tests call. */
interface UploadService {
  findMany(): Promise<{ id: number }[]>;
  remove(file: { id: number }): Promise<unknown>;
}
interface ApiTokenService {
  create(attributes: {
    name: string;
    type: 'read-only';
    lifespan: null;
  }): Promise<{ accessKey: string }>;
}

const NOW = new Date();
const DAY_MS = 86_400_000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let cms: TestCms;
let report: SeedReport;
let readToken: string;

beforeAll(async () => {
  cms = await startTestCms();
  report = await seedDemoContent(cms.strapi, { now: NOW });
  const tokens = cms.strapi.service('admin::api-token') as unknown as ApiTokenService;
  ({ accessKey: readToken } = await tokens.create({
    name: 'seed test reader',
    type: 'read-only',
    lifespan: null,
  }));
}, 300_000);

afterAll(async () => {
  // Uploaded files live in cms/public/uploads, outside the test database that stop() drops.
  if (cms) {
    const uploads = cms.strapi.plugin('upload').service('upload') as UploadService;
    for (const file of await uploads.findMany()) await uploads.remove(file);
  }
  await cms?.stop();
}, 60_000);

const documents = () => ({
  categories: cms.strapi.documents('api::category.category'),
  merchants: cms.strapi.documents('api::merchant.merchant'),
  products: cms.strapi.documents('api::product.product'),
  deals: cms.strapi.documents('api::deal.deal'),
  articles: cms.strapi.documents('api::article.article'),
  lotteries: cms.strapi.documents('api::lottery.lottery'),
  links: cms.strapi.documents('api::friend-link.friend-link'),
});

/** A REST read as the site makes it: with a read-only API token. */
const restGet = (path: string) =>
  request(cms.strapi.server.httpServer).get(path).set('Authorization', `Bearer ${readToken}`);

describe('seeding an empty database', () => {
  it('reports what it wrote', () => {
    expect(report).toMatchObject({
      seeded: true,
      adminUsers: 0,
      created: {
        images: 36,
        merchants: 45,
        members: 28,
        supplyListings: 200,
        wantedListings: 60,
        deals: 40,
        articles: 50,
        lotteries: 3,
        friendLinks: 10,
      },
      scaledListings: 0,
    });
  });

  it('sets up the site as 惠久商贸网 with a launch banner for the next 30 days', async () => {
    const site = await cms.strapi
      .documents('api::global.global')
      .findFirst({ populate: ['organization', 'launchBanner', 'defaultSeo'] });

    expect(site).toMatchObject({
      siteName: '惠久商贸网',
      titleTemplate: '%s - 惠久商贸网',
      organization: { icpNumber: '沪ICP备2026000000号-1' },
      launchBanner: { active: true },
    });
    expect(site?.baiduVerification ?? null).toBeNull();
    const bannerEnds = Date.parse(String(site?.launchBanner?.endsAt));
    expect(Math.round((bannerEnds - NOW.getTime()) / DAY_MS)).toBe(30);
  });

  it('files categories in a tree of 6 to 10 top-level categories per section', async () => {
    const categories = await documents().categories.findMany({ populate: ['parent'], limit: 500 });

    for (const section of ['supply', 'wanted', 'news', 'deal', 'merchant']) {
      const inSection = categories.filter((category) => category.section === section);
      const topLevel = inSection.filter((category) => !category.parent);
      expect(topLevel.length).toBeGreaterThanOrEqual(6);
      expect(topLevel.length).toBeLessThanOrEqual(10);
      expect(inSection.length).toBeGreaterThan(topLevel.length);
    }
    expect(categories.find((category) => category.slug === 'buxiugang-ban')).toMatchObject({
      name: '不锈钢板',
      parent: { name: '钢材金属' },
    });
  });

  it('has at least 40 published merchants across China, mostly verified', async () => {
    const merchants = await documents().merchants.findMany({
      status: 'published',
      populate: ['logo', 'category'],
      limit: 500,
    });
    const states = merchants.map((merchant) => merchant.verification);
    const provinces = new Set(merchants.map((merchant) => String(merchant.region).split('·')[0]));

    expect(merchants.length).toBeGreaterThanOrEqual(40);
    expect(states.filter((state) => state === 'verified').length).toBeGreaterThan(
      merchants.length / 2,
    );
    expect(states).toEqual(expect.arrayContaining(['pending', 'unverified']));
    expect(new Set(merchants.map((merchant) => merchant.tier))).toEqual(
      new Set(['basic', 'gold', 'diamond']),
    );
    expect(provinces.size).toBeGreaterThanOrEqual(15);
    for (const merchant of merchants) {
      expect(merchant.logo).toBeTruthy();
      expect(merchant.licenceNumber).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
      expect(merchant.category?.section).toBe('merchant');
    }
  });

  it('has exactly 200 supply and 60 wanted listings, each filed in its own section', async () => {
    const { products } = documents();
    const supply = await products.count({ status: 'published', filters: { kind: 'supply' } });
    const wanted = await products.count({ status: 'published', filters: { kind: 'wanted' } });
    const listings = await products.findMany({
      status: 'published',
      populate: ['category', 'merchant', 'images'],
      limit: 500,
    });

    expect([supply, wanted]).toEqual([200, 60]);
    for (const listing of listings) {
      expect(listing.category?.section).toBe(listing.kind);
      expect(listing.images?.length ?? 0).toBeGreaterThanOrEqual(1);
      if (listing.kind === 'supply') {
        expect(listing.merchant).toBeTruthy();
        expect(listing.price).not.toBeNull();
        expect(listing.unit).toBeTruthy();
      }
    }
    expect(listings.some((listing) => listing.kind === 'wanted' && listing.price === null)).toBe(
      true,
    );
  });

  it('runs 40 local and shipped deals: some ended, some upcoming, some VIP-only', async () => {
    const deals = await documents().deals.findMany({
      status: 'published',
      populate: ['merchant'],
      limit: 100,
    });
    const now = Date.now();

    expect(deals).toHaveLength(40);
    expect(new Set(deals.map((deal) => deal.type))).toEqual(new Set(['local', 'shipped']));
    expect(deals.some((deal) => Date.parse(String(deal.endsAt)) < now)).toBe(true);
    expect(deals.some((deal) => Date.parse(String(deal.startsAt)) > now)).toBe(true);
    const vipOnly = deals.filter((deal) => deal.vipOnly);
    expect(vipOnly.length).toBeGreaterThanOrEqual(1);
    for (const deal of deals) {
      expect(deal.merchant).toBeTruthy();
      expect(Number(deal.dealPrice)).toBeLessThan(Number(deal.originalPrice));
    }
    for (const deal of vipOnly) {
      expect(Number(deal.vipPrice)).toBeLessThanOrEqual(Number(deal.dealPrice));
    }
  });

  it('publishes 50 articles on different days, each with a cover and a category', async () => {
    const articles = await documents().articles.findMany({
      status: 'published',
      populate: ['cover', 'category'],
      limit: 100,
    });
    const days = new Set(articles.map((article) => String(article.publishedAt).slice(0, 10)));

    expect(articles).toHaveLength(50);
    expect(days.size).toBeGreaterThanOrEqual(30);
    for (const article of articles) {
      expect(article.cover).toBeTruthy();
      expect(article.category?.section).toBe('news');
      expect(Date.parse(String(article.publishedAt))).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it('commits 3 lotteries to the SHA-256 of their seeds; the drawn one reveals it', async () => {
    const lotteries = await documents().lotteries.findMany({ status: 'published' });
    const now = Date.now();

    expect(lotteries).toHaveLength(3);
    for (const lottery of lotteries) {
      expect(lottery.commitmentHash).toBe(sha256(String(lottery.seed)));
    }
    const drawn = lotteries.filter((lottery) => Date.parse(String(lottery.drawAt)) < now);
    const upcoming = lotteries.filter((lottery) => Date.parse(String(lottery.entryStartsAt)) > now);
    expect(drawn).toHaveLength(1);
    expect(upcoming).toHaveLength(1);
    expect(drawn[0].revealedSeed).toBe(drawn[0].seed);
    expect(drawn[0].winners).toHaveLength(Number(drawn[0].winnerCount));
    for (const winner of drawn[0].winners as { maskedName: string }[]) {
      expect(winner.maskedName).toMatch(/^\p{Script=Han}\*\*$/u);
    }
    expect(lotteries.filter((lottery) => lottery.revealedSeed)).toHaveLength(1);
  });

  it('keeps lottery seeds out of the REST API', async () => {
    const response = await restGet('/api/lotteries');

    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(3);
    for (const lottery of response.body.data) {
      expect(lottery).not.toHaveProperty('seed');
      expect(lottery.commitmentHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('signs up 20 free and 8 VIP members in the Authenticated role', async () => {
    const members = await cms.strapi
      .documents('plugin::users-permissions.user')
      .findMany({ populate: ['role'], limit: 100 });
    const vip = members.filter((member) => member.tier === 'vip');

    expect(members).toHaveLength(28);
    expect(vip).toHaveLength(8);
    for (const member of members) {
      expect(member.email).toMatch(/^member\d{3}@example\.cn$/);
      expect(member.role?.type).toBe('authenticated');
    }
    for (const member of vip)
      expect(Date.parse(String(member.vipUntil))).toBeGreaterThan(Date.now());
  });

  it('links to partner sites over https', async () => {
    const links = await documents().links.findMany({ status: 'published' });

    expect(links.length).toBeGreaterThanOrEqual(8);
    expect(links.length).toBeLessThanOrEqual(12);
    for (const link of links) expect(link.url).toMatch(/^https:\/\//);
  });
});

describe('the demo content is the same on every run', () => {
  it('plans the same titles and slugs whenever it runs', () => {
    const later = new Date(NOW.getTime() + 3 * DAY_MS);
    const names = (now: Date) => {
      const plan = planDemoContent(now);
      return [
        ...plan.categories.map((category) => `${category.name} ${category.slug}`),
        ...plan.merchants.map((merchant) => `${merchant.name} ${merchant.slug}`),
        ...plan.products.map((listing) => `${listing.title} ${listing.slug} ${listing.price}`),
        ...plan.deals.map((deal) => `${deal.title} ${deal.slug}`),
        ...plan.articles.map((article) => `${article.title} ${article.slug}`),
        ...plan.lotteries.map((lottery) => `${lottery.title} ${lottery.slug}`),
      ];
    };

    expect(names(later)).toEqual(names(NOW));
  });

  it('stores exactly the planned titles and slugs', async () => {
    const plan = planDemoContent(NOW);
    const pairs = (rows: { title?: unknown; name?: unknown; slug?: unknown }[]) =>
      rows.map((row) => `${String(row.title ?? row.name)} ${String(row.slug)}`).sort();
    const { categories, merchants, products, deals, articles } = documents();

    expect(pairs(await products.findMany({ status: 'published', limit: 500 }))).toEqual(
      pairs(plan.products),
    );
    expect(pairs(await deals.findMany({ status: 'published', limit: 500 }))).toEqual(
      pairs(plan.deals),
    );
    expect(pairs(await articles.findMany({ status: 'published', limit: 500 }))).toEqual(
      pairs(plan.articles),
    );
    expect(pairs(await merchants.findMany({ status: 'published', limit: 500 }))).toEqual(
      pairs(plan.merchants),
    );
    expect(pairs(await categories.findMany({ limit: 500 }))).toEqual(pairs(plan.categories));
  });
});

describe('seeding again', () => {
  it('leaves a seeded database alone', async () => {
    const before = await documents().products.count({ status: 'published' });
    const again = await seedDemoContent(cms.strapi);

    expect(again).toMatchObject({ seeded: false, scaledListings: 0 });
    expect(Object.values(again.created).every((count) => count === 0)).toBe(true);
    expect(await documents().products.count({ status: 'published' })).toBe(before);
  });

  it('adds exactly the asked number of published listings in scale mode', async () => {
    const { products } = documents();
    const before = await products.count({ status: 'published' });
    const scaled = await seedDemoContent(cms.strapi, { scale: 2000 });
    const after = await products.count({ status: 'published' });
    const newest = await products.findMany({
      status: 'published',
      sort: 'id:desc',
      limit: 50,
      populate: ['category', 'merchant'],
    });
    const rest = await restGet('/api/products?pagination[pageSize]=1');
    const slugs: { slug: string }[] = await cms.strapi.db
      .connection('products')
      .select('slug')
      .whereNotNull('published_at');

    expect(scaled).toMatchObject({ seeded: false, scaledListings: 2000 });
    expect(after).toBe(before + 2000);
    expect(await products.count({ status: 'draft' })).toBe(after);
    expect(rest.status).toBe(200);
    expect(rest.body.meta.pagination.total).toBe(after);
    expect(new Set(slugs.map((row) => row.slug)).size).toBe(slugs.length);
    for (const listing of newest) {
      expect(listing.category?.section).toBe(listing.kind);
      if (listing.kind === 'supply') expect(listing.merchant).toBeTruthy();
    }
  });
});
