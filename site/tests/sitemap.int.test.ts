import type { Core, UID } from '@strapi/strapi';

import { createFixtures, type Fixtures } from '../../cms/tests/helpers/fixtures';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { startSiteFor, type RunningSite } from './helpers/site-server';
import { childrenNamed, childText, parseXml, type XmlElement } from './helpers/xml';

/** What canonical URLs are built from; deliberately not the test server's own address. */
const SITE_URL = 'https://www.huijiu.example.cn';
/** URLs per child sitemap in this test, so that three products already need two children. */
const URL_LIMIT = 2;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';

let cms: TestCms;
let site: RunningSite;
let fixtures: Fixtures;
let content: Awaited<ReturnType<typeof createSitemapContent>>;

/** Listings in a known row order, a news category and articles, beside the shared fixtures. */
async function createSitemapContent(strapi: Core.Strapi) {
  const files = strapi.db.query('plugin::upload.file');
  const uploadRow = { ext: '.jpg', mime: 'image/jpeg', size: 42.5, width: 800, height: 600 };
  const localPicture = await files.create({
    data: {
      ...uploadRow,
      name: 'chache.jpg',
      hash: 'chache_5f1a',
      url: '/uploads/chache_5f1a.jpg',
      provider: 'local',
      alternativeText: '三吨柴油叉车 <正面> & 铭牌',
    },
  });
  const storedPicture = await files.create({
    data: {
      ...uploadRow,
      name: 'bengzhan.jpg',
      hash: 'bengzhan_9c2e',
      url: 'https://img.huijiu-cdn.example.cn/uploads/bengzhan_9c2e.jpg',
      provider: 'aws-s3',
      alternativeText: null,
    },
  });

  const products = strapi.documents('api::product.product');
  const forklift = await products.create({
    data: {
      reviewState: 'approved',
      kind: 'supply',
      title: '出售三吨柴油叉车',
      slug: 'chushou-chaiyou-chache',
      price: 36000,
      unit: '台',
      region: '浙江·宁波',
      images: [localPicture.id, storedPicture.id],
    },
    status: 'published',
  });
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
  const lift = await products.create({
    data: {
      reviewState: 'approved',
      kind: 'wanted',
      title: '求购施工升降机两台',
      slug: 'qiugou-shengjiangji',
      region: '重庆',
    },
    status: 'published',
  });

  const newsCategory = await strapi.documents('api::category.category').create({
    data: { name: '市场行情', slug: 'shichang-hangqing', section: 'news', sortOrder: 1 },
  });
  const articles = strapi.documents('api::article.article');
  const outlook = await articles.create({
    data: {
      reviewState: 'approved',
      title: '钢厂检修 & 限产：下周价格怎么走',
      slug: 'gangchang-jianxiu-xianchan',
      excerpt: '多家钢厂<检修>计划出炉，短期供应偏紧。',
      category: newsCategory.documentId,
    },
    status: 'published',
  });
  const draftArticle = await articles.create({
    data: {
      title: '尚未发布的行情稿件',
      slug: 'weifabu-hangqing-gaojian',
    },
  });

  return { forklift, hidden, lift, newsCategory, outlook, draftArticle };
}

/** When the published version of a document last changed, as the CMS stores it. */
async function publishedUpdatedAt(uid: UID.ContentType, documentId: string): Promise<string> {
  const document = await cms.strapi.documents(uid).findOne({ documentId, status: 'published' });
  return new Date(document?.updatedAt as string).toISOString();
}

async function latestPublishedUpdate(uid: UID.ContentType): Promise<string> {
  const documents = await cms.strapi.documents(uid).findMany({ status: 'published' });
  return documents
    .map((document) => new Date(document.updatedAt as string).toISOString())
    .sort()
    .at(-1) as string;
}

async function get(path: string) {
  const response = await fetch(`${site.url}${path}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** A sitemap that must answer 200 with well-formed XML. */
async function sitemap(path: string): Promise<XmlElement> {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  return parseXml(response.body);
}

const locs = (root: XmlElement, entry: 'url' | 'sitemap') =>
  childrenNamed(root, entry).map((element) => childText(element, 'loc'));

const url = (path: string) => `${SITE_URL}${path}`;

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  fixtures = await createFixtures(cms.strapi);
  content = await createSitemapContent(cms.strapi);
  site = await startSiteFor(cms, {
    PUBLIC_SITE_URL: SITE_URL,
    SITEMAP_URL_LIMIT: String(URL_LIMIT),
  });
});

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('the sitemap index', () => {
  it('lists the fixed pages and enough children per section to hold every row', async () => {
    const index = await sitemap('/sitemap.xml');

    expect(index.local).toBe('sitemapindex');
    expect(index.uri).toBe(SITEMAP_NS);
    // Five published listings (one of them noindex, counted all the same) at two per child.
    expect(locs(index, 'sitemap')).toEqual([
      url('/sitemap-pages-1.xml'),
      url('/sitemap-products-1.xml'),
      url('/sitemap-products-2.xml'),
      url('/sitemap-products-3.xml'),
      url('/sitemap-deals-1.xml'),
      url('/sitemap-news-1.xml'),
      url('/sitemap-merchants-1.xml'),
      url('/sitemap-lotteries-1.xml'),
      url('/sitemap-categories-1.xml'),
    ]);
  });

  it("dates each section's children by the section's latest change", async () => {
    const index = await sitemap('/sitemap.xml');
    const lastmodOf = (path: string) =>
      childText(
        childrenNamed(index, 'sitemap').find(
          (entry) => childText(entry, 'loc') === url(path),
        ) as XmlElement,
        'lastmod',
      );

    const latestListing = await latestPublishedUpdate('api::product.product');
    expect(lastmodOf('/sitemap-products-1.xml')).toBe(latestListing);
    expect(lastmodOf('/sitemap-products-3.xml')).toBe(latestListing);
    expect(lastmodOf('/sitemap-news-1.xml')).toBe(
      await latestPublishedUpdate('api::article.article'),
    );
  });

  it('is cached by shared caches for an hour', async () => {
    const response = await get('/sitemap.xml');

    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400',
    );
  });
});

describe('a section sitemap', () => {
  it('splits the rows at the limit, in the order the CMS keeps them', async () => {
    const first = await sitemap('/sitemap-products-1.xml');
    const second = await sitemap('/sitemap-products-2.xml');
    const third = await sitemap('/sitemap-products-3.xml');

    expect(first.local).toBe('urlset');
    expect(first.uri).toBe(SITEMAP_NS);
    expect(first.attributes['xmlns:image']).toBe(IMAGE_NS);
    expect(locs(first, 'url')).toEqual([
      url(`/products/${fixtures.supply.slug}`),
      url(`/products/${fixtures.wanted.slug}`),
    ]);
    // The second window holds the forklift and the noindex listing, which is left out.
    expect(locs(second, 'url')).toEqual([url(`/products/${content.forklift.slug}`)]);
    expect(locs(third, 'url')).toEqual([url(`/products/${content.lift.slug}`)]);
  });

  it("dates every page by its published version's last update", async () => {
    const first = await sitemap('/sitemap-products-1.xml');
    const [supply, wanted] = childrenNamed(first, 'url');

    // The supply listing has a newer draft; the published version's date is the one that counts.
    expect(childText(supply, 'lastmod')).toBe(
      await publishedUpdatedAt('api::product.product', fixtures.supply.documentId),
    );
    expect(childText(wanted, 'lastmod')).toBe(
      await publishedUpdatedAt('api::product.product', fixtures.wanted.documentId),
    );
  });

  it('lists pictures with absolute URLs and their alternative text, escaped', async () => {
    const response = await get('/sitemap-products-2.xml');
    const [forklift] = childrenNamed(parseXml(response.body), 'url');
    const images = childrenNamed(forklift, 'image:image');

    expect(images.map((image) => image.children[0].uri)).toEqual([IMAGE_NS, IMAGE_NS]);
    expect(images.map((image) => childText(image, 'image:loc'))).toEqual([
      url('/uploads/chache_5f1a.jpg'),
      'https://img.huijiu-cdn.example.cn/uploads/bengzhan_9c2e.jpg',
    ]);
    expect(images.map((image) => childText(image, 'image:caption'))).toEqual([
      '三吨柴油叉车 <正面> & 铭牌',
      undefined,
    ]);
    expect(response.body).toContain(
      '<image:caption>三吨柴油叉车 &lt;正面&gt; &amp; 铭牌</image:caption>',
    );
  });

  it('lists categories under their own section and news by their paths', async () => {
    const categories = await sitemap('/sitemap-categories-1.xml');
    const news = await sitemap('/sitemap-news-1.xml');

    expect(locs(categories, 'url')).toEqual([
      url(`/supply/c/${fixtures.category.slug}`),
      url(`/news/c/${content.newsCategory.slug}`),
    ]);
    expect(locs(news, 'url')).toEqual([
      url(`/news/${fixtures.article.slug}`),
      url(`/news/${content.outlook.slug}`),
    ]);
  });

  it('answers 404 for a section or a number that does not exist', async () => {
    for (const path of [
      '/sitemap-products-4.xml',
      '/sitemap-products-0.xml',
      '/sitemap-products-01.xml',
      '/sitemap-users-1.xml',
      '/sitemap-pages-2.xml',
    ]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 404 });
    }
  });
});

describe('all sitemaps together', () => {
  async function everyListedUrl(): Promise<string[]> {
    const index = await sitemap('/sitemap.xml');
    const children = await Promise.all(
      locs(index, 'sitemap').map((loc) => sitemap(new URL(loc as string).pathname)),
    );
    return children.flatMap((child) => locs(child, 'url') as string[]);
  }

  it('leave out drafts and pages marked noindex', async () => {
    const listed = await everyListedUrl();

    expect(listed).not.toContain(url(`/products/${fixtures.draftOnly.slug}`));
    expect(listed).not.toContain(url(`/products/${content.hidden.slug}`));
    expect(listed).not.toContain(url(`/news/${content.draftArticle.slug}`));
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('only list pages that answer 200', async () => {
    const listed = await everyListedUrl();

    const statuses = await Promise.all(
      listed.map(async (loc) => ({ loc, status: (await get(new URL(loc).pathname)).status })),
    );
    expect(statuses.filter((entry) => entry.status !== 200)).toEqual([]);
  });
});

describe('the sitemap of fixed pages', () => {
  it('lists the home page and the lists, dated by what they show', async () => {
    const pages = await sitemap('/sitemap-pages-1.xml');
    const entries = childrenNamed(pages, 'url').map((entry) => ({
      loc: childText(entry, 'loc'),
      lastmod: childText(entry, 'lastmod'),
    }));
    const latestListing = await latestPublishedUpdate('api::product.product');
    const latestDeal = await latestPublishedUpdate('api::deal.deal');
    const latestNews = await latestPublishedUpdate('api::article.article');
    const latestMerchant = await latestPublishedUpdate('api::merchant.merchant');
    const latestLottery = await latestPublishedUpdate('api::lottery.lottery');
    const latestOfAll = [latestListing, latestDeal, latestNews, latestMerchant, latestLottery]
      .sort()
      .at(-1);

    expect(entries).toEqual([
      { loc: url('/'), lastmod: latestOfAll },
      { loc: url('/supply'), lastmod: latestListing },
      { loc: url('/wanted'), lastmod: latestListing },
      { loc: url('/deals'), lastmod: latestDeal },
      { loc: url('/deals/ended'), lastmod: latestDeal },
      { loc: url('/lottery'), lastmod: latestLottery },
      { loc: url('/news'), lastmod: latestNews },
      { loc: url('/merchants'), lastmod: latestMerchant },
      // Nothing records when these change, and a guessed date would mislead crawlers.
      { loc: url('/vip'), lastmod: undefined },
      { loc: url('/links'), lastmod: undefined },
    ]);
  });
});

describe('robots.txt', () => {
  it('keeps crawlers out of member pages, search, forms and previews, and names the sitemap', async () => {
    const response = await get('/robots.txt');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.body).toBe(
      [
        'User-agent: *',
        'Disallow: /account',
        'Disallow: /search',
        'Disallow: /join',
        'Disallow: /login',
        'Disallow: /logout',
        'Disallow: /feedback',
        'Disallow: /preview',
        '',
        `Sitemap: ${SITE_URL}/sitemap.xml`,
        '',
      ].join('\n'),
    );
  });
});

describe('the news feed', () => {
  it('is RSS 2.0 of the published news, newest first', async () => {
    const published = (documentId: string) =>
      cms.strapi.documents('api::article.article').findOne({ documentId, status: 'published' });
    const pubDate = async (documentId: string) =>
      new Date((await published(documentId))?.publishedAt as string).toUTCString();

    const response = await get('/rss.xml');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=300, s-maxage=600, stale-while-revalidate=3600, stale-if-error=86400',
    );
    expect(() => parseXml(response.body)).not.toThrow();
    expect(response.body).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        '<channel>',
        '<title>惠久商贸网 · 行业资讯</title>',
        `<link>${SITE_URL}/news</link>`,
        '<description>行业动态、市场行情与政策解读，每天更新，帮您把握生意机会。</description>',
        '<language>zh-cn</language>',
        `<atom:link href="${SITE_URL}/rss.xml" rel="self" type="application/rss+xml"/>`,
        '<item>',
        '<title>钢厂检修 &amp; 限产：下周价格怎么走</title>',
        `<link>${SITE_URL}/news/gangchang-jianxiu-xianchan</link>`,
        `<guid isPermaLink="true">${SITE_URL}/news/gangchang-jianxiu-xianchan</guid>`,
        `<pubDate>${await pubDate(content.outlook.documentId)}</pubDate>`,
        '<category>市场行情</category>',
        '<description>多家钢厂&lt;检修&gt;计划出炉，短期供应偏紧。</description>',
        '</item>',
        '<item>',
        '<title>十二月钢材行情回顾</title>',
        `<link>${SITE_URL}/news/shieryue-gangcai-hangqing</link>`,
        `<guid isPermaLink="true">${SITE_URL}/news/shieryue-gangcai-hangqing</guid>`,
        `<pubDate>${await pubDate(fixtures.article.documentId)}</pubDate>`,
        '<description>本月螺纹钢价格小幅回落。</description>',
        '</item>',
        '</channel>',
        '</rss>',
        '',
      ].join('\n'),
    );
  });
});
