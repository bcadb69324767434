import request from 'supertest';

import { ensureSiteToken } from '../src/lib/site-token';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { startTestCms, type TestCms } from './helpers/test-cms';

let cms: TestCms;
let fixtures: Fixtures;
let readToken: string;

interface Entry {
  path: string;
  updatedAt: string;
  images: { url: string; caption: string | null }[];
}

const asSite = (path: string) =>
  request(cms.strapi.server.httpServer).get(path).set('Authorization', `Bearer ${readToken}`);

async function slice(section: string, query: Record<string, number> = {}): Promise<Entry[]> {
  const response = await asSite(`/api/sitemap/${section}`).query(query);
  expect(response.status).toBe(200);
  return response.body.data;
}

const paths = (entries: Entry[]) => entries.map((entry) => entry.path);

const isoInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  cms = await startTestCms();
  fixtures = await createFixtures(cms.strapi);
  readToken = await ensureSiteToken(cms.strapi, 'read');
});

afterAll(async () => {
  await cms?.stop();
});

describe('the sitemap feed', () => {
  it('is for the site alone: anonymous callers are refused', async () => {
    const response = await request(cms.strapi.server.httpServer).get('/api/sitemap/products');

    expect(response.status).toBe(403);
  });

  it('lists every published page with its path, never a draft', async () => {
    expect(paths(await slice('products')).sort()).toEqual(
      [`/products/${fixtures.supply.slug}`, `/products/${fixtures.wanted.slug}`].sort(),
    );
    expect(paths(await slice('news'))).toEqual([`/news/${fixtures.article.slug}`]);
    expect(paths(await slice('merchants'))).toEqual([`/merchants/${fixtures.merchant.slug}`]);
    expect(paths(await slice('categories'))).toEqual([`/supply/c/${fixtures.category.slug}`]);
    expect(paths(await slice('lotteries'))).toEqual([`/lottery/${fixtures.lottery.slug}`]);
  });

  it('dates each page by its last update', async () => {
    const stored = await cms.strapi.db.query('api::article.article').findOne({
      where: { documentId: fixtures.article.documentId, publishedAt: { $notNull: true } },
    });

    const [article] = await slice('news');

    expect(article.updatedAt).toBe(new Date(stored.updatedAt).toISOString());
  });

  it('leaves out pages SEO staff marked noindex or pointed elsewhere', async () => {
    const products = cms.strapi.documents('api::product.product');
    const hidden = await products.create({
      data: {
        reviewState: 'approved',
        kind: 'wanted',
        title: '求购测试信息不收录',
        slug: 'qiugou-bu-shoulu',
        region: '上海',
        seo: { noindex: true },
      },
      status: 'published',
    });
    const copy = await products.create({
      data: {
        reviewState: 'approved',
        kind: 'wanted',
        title: '求购转载信息',
        slug: 'qiugou-zhuanzai',
        region: '上海',
        seo: { canonicalUrl: 'https://www.example.cn/products/yuanwen' },
      },
      status: 'published',
    });

    const listed = paths(await slice('products'));

    expect(listed).not.toContain(`/products/${hidden.slug}`);
    expect(listed).not.toContain(`/products/${copy.slug}`);
    await products.delete({ documentId: hidden.documentId });
    await products.delete({ documentId: copy.documentId });
  });

  it("names each page's pictures with their alternative text", async () => {
    const picture = await cms.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'chache.jpg',
        hash: 'chache_5f1a',
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 42.5,
        width: 800,
        height: 600,
        url: '/uploads/chache_5f1a.jpg',
        provider: 'local',
        alternativeText: '三吨柴油叉车正面',
      },
    });
    const products = cms.strapi.documents('api::product.product');
    const listing = await products.create({
      data: {
        reviewState: 'approved',
        kind: 'supply',
        title: '出售三吨柴油叉车',
        slug: 'chushou-chaiyou-chache',
        price: 36000,
        unit: '台',
        region: '浙江·宁波',
        images: [picture.id],
      },
      status: 'published',
    });

    const entry = (await slice('products')).find(
      (candidate) => candidate.path === `/products/${listing.slug}`,
    );

    expect(entry?.images).toEqual([
      { url: '/uploads/chache_5f1a.jpg', caption: '三吨柴油叉车正面' },
    ]);
    await products.delete({ documentId: listing.documentId });
  });

  it('hands out fixed windows of rows, so that the site can split at any size', async () => {
    const first = await slice('products', { start: 0, limit: 1 });
    const second = await slice('products', { start: 1, limit: 1 });
    const beyond = await slice('products', { start: 2, limit: 1 });

    expect(paths([...first, ...second]).sort()).toEqual(paths(await slice('products')).sort());
    expect(beyond).toEqual([]);
  });

  it('refuses an unknown section and a malformed window', async () => {
    expect((await asSite('/api/sitemap/users')).status).toBe(404);
    expect((await asSite('/api/sitemap/products').query({ start: -1 })).status).toBe(400);
  });

  it('counts each section for the sitemap index', async () => {
    const response = await asSite('/api/sitemap');
    const products = response.body.data.find(
      (row: { section: string }) => row.section === 'products',
    );

    expect(response.status).toBe(200);
    expect(response.body.data.map((row: { section: string }) => row.section)).toEqual([
      'products',
      'deals',
      'news',
      'merchants',
      'lotteries',
      'categories',
    ]);
    expect(products).toEqual({ section: 'products', total: 2, updatedAt: expect.any(String) });
  });

  it('drops ended deals when the settings say they leave the index', async () => {
    const deals = cms.strapi.documents('api::deal.deal');
    const ended = await deals.create({
      data: {
        reviewState: 'approved',
        title: '已经结束的火锅团购',
        slug: 'yijing-jieshu-huoguo',
        type: 'local',
        dealPrice: 99,
        originalPrice: 199,
        startsAt: isoInDays(-10),
        endsAt: isoInDays(-1),
        minGroupSize: 2,
        stock: 10,
        soldCount: 4,
      },
      status: 'published',
    });
    const settings = cms.strapi.documents('api::global.global');
    const { documentId } = (await settings.findFirst()) as { documentId: string };

    const whileIndexed = paths(await slice('deals'));
    await settings.update({ documentId, data: { endedDeals: 'noindex' } });
    const afterwards = paths(await slice('deals'));

    expect(whileIndexed).toContain(`/deals/${ended.slug}`);
    expect(afterwards).toEqual([`/deals/${fixtures.deal.slug}`]);
  });
});
