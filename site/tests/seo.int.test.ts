import { DomUtils, parseDocument } from 'htmlparser2';

import { createFixtures, type Fixtures } from '../../cms/tests/helpers/fixtures';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { startSiteFor, type RunningSite } from './helpers/site-server';

/**
 * Every template's head, parsed, against the CMS fields it came from: what SEO staff set reaches
 * the page exactly, pages they never touched fall back to their own text and the site settings,
 * and ended deals follow the global setting.
 */

const SITE_URL = 'https://www.huijiu.example.cn';
const SITE_NAME = '惠久商贸网';
const LOGO_URL = '/uploads/huijiu_logo_5e1f.png';

let cms: TestCms;
let site: RunningSite;
let base: Fixtures;
let seo: Awaited<ReturnType<typeof createSeoFixtures>>;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const dayIn = (days: number) => inDays(days).slice(0, 10);

const paragraph = (text: string) => [
  { type: 'paragraph' as const, children: [{ type: 'text' as const, text }] },
];

/** What the site settings hold in this file. */
const SETTINGS = {
  description: '惠久是面向中小商家与采购方的商贸信息平台：发布供应与求购信息，参与团购。',
  baiduVerification: 'code-baidu-7f3e21',
  googleVerification: 'code-google-a9c4d0',
  defaultSeo: {
    metaTitle: '惠久商贸网 - 供应求购信息与本地团购',
    metaDescription: '汇集钢材、机械、化工等行业的供求信息，提供团购和0元抽奖。',
    keywords: '供应信息,求购信息，商贸网',
    longTailKeywords: '免费发布供应信息的网站\n供应信息',
  },
  organization: {
    name: '惠久商贸网',
    legalName: '上海惠久信息科技有限公司',
    phone: '021-61234567',
    email: 'service@huijiu.example.cn',
    address: '上海市嘉定区叶城路1288号惠久大厦8楼',
  },
};

/** A listing where SEO staff filled in every field. */
const TUNED_LISTING = {
  title: '不锈钢冷轧卷 厂家直供',
  slug: 'buxiugang-lengzha-juan',
  price: 12800.5,
  unit: '吨',
  minOrder: 5,
  region: '广东·佛山',
  validUntil: dayIn(30),
  seo: {
    metaTitle: '不锈钢冷轧卷价格_佛山厂家直供',
    metaDescription: '佛山不锈钢冷轧卷厂家直供，2B 面、BA 面现货，支持定尺开平，量大从优。',
    keywords: '不锈钢卷,冷轧',
    longTailKeywords: '不锈钢卷价格\n冷轧不锈钢卷厂家，不锈钢卷',
  },
};

/** Structured data SEO staff wrote by hand, with text that tries to close the script. */
const HAND_WRITTEN_JSON_LD = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: '2026 华东钢材展',
  description: '</script><script>alert(1)</script><!-- 展会 -->',
  startDate: '2026-09-01',
};

const LONG_BODY = '今年以来钢材市场震荡运行，'.repeat(12);

/** Files as the upload plugin records them; the site only needs their URLs. */
async function uploadedFile(strapi: TestCms['strapi'], name: string, alt: string | null) {
  return strapi.documents('plugin::upload.file').create({
    data: {
      name,
      alternativeText: alt,
      hash: name.replace(/\.\w+$/, ''),
      ext: name.slice(name.lastIndexOf('.')),
      mime: name.endsWith('.png') ? 'image/png' : 'image/jpeg',
      size: 12.5,
      width: 1200,
      height: 630,
      url: `/uploads/${name}`,
      provider: 'local',
      folderPath: '/',
    },
  });
}

/** Settings, tuned and untouched entries of every template, and deals in every state. */
async function createSeoFixtures(strapi: TestCms['strapi'], fixtures: Fixtures) {
  const docs = strapi.documents;
  const share = await uploadedFile(strapi, 'lengzha_share_2b7c.jpg', '冷轧卷分享图');
  const coil = await uploadedFile(strapi, 'lengzha_juan_91d0.jpg', '冷轧卷堆场');
  const cover = await uploadedFile(strapi, 'gangcai_cover_44ab.jpg', '钢材市场');
  const shopLogo = await uploadedFile(strapi, 'yongda_logo_0c3e.png', null);
  const hotpot = await uploadedFile(strapi, 'huoguo_7d21.jpg', '火锅套餐');

  const tunedListing = await docs('api::product.product').create({
    data: {
      reviewState: 'approved',
      kind: 'supply',
      ...TUNED_LISTING,
      summary: '2B 面冷轧卷，宽幅 1219mm。',
      category: fixtures.category.documentId,
      merchant: fixtures.merchant.documentId,
      images: [coil.id],
      seo: { ...TUNED_LISTING.seo, ogImage: share.id },
    },
    status: 'published',
  });
  // Enough supply for a second page (24 to a page).
  for (let batch = 1; batch <= 24; batch += 1) {
    await docs('api::product.product').create({
      data: {
        reviewState: 'approved',
        kind: 'supply',
        title: `镀锌钢管 第 ${batch} 批`,
        slug: `duxin-gangguan-${batch}`,
        price: 4200 + batch,
        unit: '吨',
        region: '天津',
      },
      status: 'published',
    });
  }

  const handWritten = await docs('api::article.article').create({
    data: {
      reviewState: 'approved',
      title: '华东钢材展九月开幕',
      slug: 'huadong-gangcai-zhan',
      excerpt: '展会为期三天。',
      body: paragraph('展会为期三天，设有板材、管材和加工设备三个展区。'),
      seo: {
        structuredData: HAND_WRITTEN_JSON_LD,
        canonicalUrl: 'https://expo.example.cn/2026/gangcai',
      },
    },
    status: 'published',
  });
  const longRead = await docs('api::article.article').create({
    data: {
      reviewState: 'approved',
      title: '上半年钢材市场综述',
      slug: 'shangbannian-gangcai-zongshu',
      body: paragraph(LONG_BODY),
      cover: cover.id,
    },
    status: 'published',
  });

  const shop = await docs('api::merchant.merchant').create({
    data: {
      reviewState: 'approved',
      name: '宁波甬达塑业有限公司',
      slug: 'ningbo-yongda-suye',
      summary: '改性塑料粒子生产商，日产能 80 吨。',
      region: '浙江·宁波',
      address: '浙江省宁波市北仑区港城路 88 号',
      phone: '0574-86881234',
      verification: 'verified',
      tier: 'diamond',
      logo: shopLogo.id,
      seo: { noindex: true },
    },
    status: 'published',
  });

  const chemicals = await docs('api::category.category').create({
    data: {
      name: '化工原料',
      slug: 'huagong-yuanliao',
      section: 'supply',
      sortOrder: 9,
      seo: {
        metaTitle: '化工原料供应_厂家现货报价',
        metaDescription: '甲醇、纯碱、PVC 等化工原料的厂家现货与最新报价。',
        keywords: '化工原料,甲醇',
        longTailKeywords: '化工原料厂家直销',
      },
    },
  });
  const food = await docs('api::category.category').create({
    data: { name: '美食餐饮', slug: 'meishi-canyin', section: 'deal', sortOrder: 1 },
  });
  const deal = (data: Record<string, unknown>) =>
    docs('api::deal.deal').create({
      data: {
        reviewState: 'approved',
        type: 'local',
        dealPrice: 60,
        originalPrice: 100,
        minGroupSize: 2,
        stock: 10,
        soldCount: 0,
        ...data,
      },
      status: 'published',
    });
  const soldOut = await deal({
    title: '川味烤鱼四人餐',
    slug: 'chuanwei-kaoyu',
    summary: '整条清江鱼，四人份。',
    startsAt: inDays(-1),
    endsAt: inDays(3),
    stock: 0,
    soldCount: 40,
    category: food.documentId,
    images: [hotpot.id],
  });
  const upcoming = await deal({
    title: '日料自助晚餐',
    slug: 'riliao-zizhu',
    startsAt: inDays(2),
    endsAt: inDays(9),
  });
  const ended = await deal({
    title: '西湖游船双人票',
    slug: 'xihu-youchuan',
    startsAt: inDays(-10),
    endsAt: inDays(-2),
    category: food.documentId,
  });
  const endedWithoutCategory = await deal({
    title: '老北京涮肉双人餐',
    slug: 'laobeijing-shuanrou',
    startsAt: inDays(-10),
    endsAt: inDays(-3),
  });

  // What the public API serves: the values pages must repeat exactly.
  const published = <T extends { documentId: string }>(
    uid:
      'api::product.product' | 'api::article.article' | 'api::merchant.merchant' | 'api::deal.deal',
    doc: T,
  ) => docs(uid).findOne({ documentId: doc.documentId, status: 'published' });

  return {
    chemicals,
    share,
    coil,
    cover,
    shopLogo,
    hotpot,
    tunedListing: await published('api::product.product', tunedListing),
    handWritten: await published('api::article.article', handWritten),
    longRead: await published('api::article.article', longRead),
    article: await published('api::article.article', fixtures.article),
    shop: await published('api::merchant.merchant', shop),
    deal: await published('api::deal.deal', fixtures.deal),
    soldOut: await published('api::deal.deal', soldOut),
    upcoming: await published('api::deal.deal', upcoming),
    ended: await published('api::deal.deal', ended),
    endedWithoutCategory: await published('api::deal.deal', endedWithoutCategory),
  };
}

/** The site settings, made before the shared fixtures, which then leave them as they are. */
async function createSettings(strapi: TestCms['strapi']) {
  const logo = await uploadedFile(strapi, LOGO_URL.slice('/uploads/'.length), '惠久商贸网标志');
  await strapi.documents('api::global.global').create({
    data: {
      siteName: SITE_NAME,
      titleTemplate: `%s - ${SITE_NAME}`,
      ...SETTINGS,
      endedDeals: null,
      organization: { ...SETTINGS.organization, logo: logo.id },
    },
  });
}

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  await createSettings(cms.strapi);
  base = await createFixtures(cms.strapi);
  seo = await createSeoFixtures(cms.strapi, base);
  site = await startSiteFor(cms, { PUBLIC_SITE_URL: SITE_URL });
});

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

type JsonLd = Record<string, unknown>;

/** The head of a page as a crawler reads it. */
interface PageHead {
  status: number;
  lang: string | undefined;
  titles: string[];
  /** Contents of `<meta name>` or `<meta property>` with this key, in order. */
  meta(key: string): string[];
  links(rel: string): {
    href: string | undefined;
    hreflang: string | undefined;
    type: string | undefined;
    title: string | undefined;
  }[];
  /** The JSON-LD blocks, parsed, and their text as written in the page. */
  jsonLd: JsonLd[];
  jsonLdText: string[];
}

async function head(path: string): Promise<PageHead> {
  const response = await fetch(`${site.url}${path}`, { redirect: 'manual' });
  const document = parseDocument(await response.text());
  const html = DomUtils.findOne((element) => element.name === 'html', document.children);
  const headElement = DomUtils.findOne((element) => element.name === 'head', document.children);
  const inHead = (name: string) =>
    headElement ? DomUtils.findAll((element) => element.name === name, headElement.children) : [];
  const attr = DomUtils.getAttributeValue;
  const scripts = inHead('script').filter(
    (script) => attr(script, 'type') === 'application/ld+json',
  );
  const jsonLdText = scripts.map((script) => DomUtils.textContent(script));

  return {
    status: response.status,
    lang: html ? attr(html, 'lang') : undefined,
    titles: inHead('title').map((title) => DomUtils.textContent(title)),
    meta: (key) =>
      inHead('meta')
        .filter((meta) => attr(meta, 'name') === key || attr(meta, 'property') === key)
        .map((meta) => attr(meta, 'content') ?? ''),
    links: (rel) =>
      inHead('link')
        .filter((link) => attr(link, 'rel') === rel)
        .map((link) => ({
          href: attr(link, 'href'),
          hreflang: attr(link, 'hreflang'),
          type: attr(link, 'type'),
          title: attr(link, 'title'),
        })),
    jsonLd: jsonLdText.map((text) => JSON.parse(text) as JsonLd),
    jsonLdText,
  };
}

/** The one value of a meta tag; fails when it is missing or written twice. */
function one(page: PageHead, key: string): string {
  const values = page.meta(key);
  expect({ key, count: values.length }).toEqual({ key, count: 1 });
  return values[0];
}

const absolute = (path: string) => `${SITE_URL}${path}`;
/** A date as the CMS stored it, written the way the site writes dates. */
const iso = (value: unknown) => new Date(value as string).toISOString();
const breadcrumbList = (...crumbs: [string, string?][]) => ({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map(([name, path], index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name,
    ...(path ? { item: absolute(path) } : {}),
  })),
});
const ofType = (page: PageHead, type: string) =>
  page.jsonLd.filter((block) => block['@type'] === type);

/** What every indexable page has: one title, a description, the canonical, hreflang, OG, codes. */
function expectCommonHead(page: PageHead, canonical: string) {
  expect(page.status).toBe(200);
  expect(page.lang).toBe('zh-CN');
  expect(page.titles).toHaveLength(1);
  expect(one(page, 'description')).not.toBe('');
  expect(page.links('canonical')).toEqual([{ href: canonical, hreflang: undefined }]);
  // The other alternate is the news feed, which has no language of its own.
  expect(page.links('alternate').filter((link) => link.hreflang)).toEqual([
    { href: canonical, hreflang: 'zh-CN' },
    { href: canonical, hreflang: 'x-default' },
  ]);
  expect(one(page, 'og:url')).toBe(canonical);
  expect(one(page, 'og:site_name')).toBe(SITE_NAME);
  expect(one(page, 'og:locale')).toBe('zh_CN');
  expect(one(page, 'og:title')).not.toBe('');
  expect(one(page, 'twitter:title')).toBe(one(page, 'og:title'));
  expect(one(page, 'twitter:description')).toBe(one(page, 'description'));
  expect(one(page, 'og:description')).toBe(one(page, 'description'));
  expect(one(page, 'baidu-site-verification')).toBe(SETTINGS.baiduVerification);
  expect(one(page, 'google-site-verification')).toBe(SETTINGS.googleVerification);
  for (const text of page.jsonLdText) expect(text).not.toContain('<');
}

const noRobots = (page: PageHead) => expect(page.meta('robots')).toEqual([]);

describe('the home page', () => {
  it('takes its title, description and keywords from the default SEO', async () => {
    const page = await head('/');

    expectCommonHead(page, absolute('/'));
    noRobots(page);
    expect(page.titles).toEqual([SETTINGS.defaultSeo.metaTitle]);
    expect(one(page, 'description')).toBe(SETTINGS.defaultSeo.metaDescription);
    expect(one(page, 'keywords')).toBe('供应信息,求购信息,商贸网,免费发布供应信息的网站');
    expect(one(page, 'og:type')).toBe('website');
    expect(one(page, 'og:image')).toBe(absolute(LOGO_URL));
    expect(one(page, 'og:image:alt')).toBe('惠久商贸网标志');
    expect(one(page, 'twitter:card')).toBe('summary_large_image');
    expect(page.links('alternate').filter((link) => !link.hreflang)).toEqual([
      { href: '/rss.xml', type: 'application/rss+xml', title: '惠久商贸网 · 行业资讯' },
    ]);
  });

  it('describes the site with its search box and the organisation behind it', async () => {
    const page = await head('/');

    expect(page.jsonLd).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        '@id': `${SITE_URL}/#website`,
        name: SITE_NAME,
        url: absolute('/'),
        description: SETTINGS.defaultSeo.metaDescription,
        inLanguage: 'zh-CN',
        publisher: { '@id': `${SITE_URL}/#organization` },
        potentialAction: {
          '@type': 'SearchAction',
          target: {
            '@type': 'EntryPoint',
            urlTemplate: `${SITE_URL}/search?q={search_term_string}`,
          },
          'query-input': 'required name=search_term_string',
        },
      },
      {
        '@context': 'https://schema.org',
        '@type': 'Organization',
        '@id': `${SITE_URL}/#organization`,
        name: SETTINGS.organization.name,
        url: absolute('/'),
        logo: { '@type': 'ImageObject', url: absolute(LOGO_URL) },
        legalName: SETTINGS.organization.legalName,
        telephone: SETTINGS.organization.phone,
        email: SETTINGS.organization.email,
        address: {
          '@type': 'PostalAddress',
          streetAddress: SETTINGS.organization.address,
          addressCountry: 'CN',
        },
      },
    ]);
  });
});

describe('a supply listing', () => {
  it('uses every field SEO staff set, exactly', async () => {
    const listing = seo.tunedListing;
    const path = `/products/${TUNED_LISTING.slug}`;
    const page = await head(path);

    expectCommonHead(page, absolute(path));
    noRobots(page);
    expect(page.titles).toEqual([TUNED_LISTING.seo.metaTitle]);
    expect(one(page, 'og:title')).toBe(TUNED_LISTING.seo.metaTitle);
    expect(one(page, 'description')).toBe(TUNED_LISTING.seo.metaDescription);
    expect(one(page, 'keywords')).toBe('不锈钢卷,冷轧,不锈钢卷价格,冷轧不锈钢卷厂家');
    expect(one(page, 'og:type')).toBe('product');
    expect(one(page, 'og:image')).toBe(absolute(seo.share.url));
    expect(one(page, 'og:image:alt')).toBe('冷轧卷分享图');
    expect(one(page, 'twitter:image')).toBe(absolute(seo.share.url));

    const [product] = ofType(page, 'Product');
    expect(product).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: listing?.title,
      description: TUNED_LISTING.seo.metaDescription,
      url: absolute(path),
      image: [absolute(seo.coil.url)],
      category: base.category.name,
      offers: {
        '@type': 'Offer',
        url: absolute(path),
        price: Number(listing?.price),
        priceCurrency: 'CNY',
        availability: 'https://schema.org/InStock',
        priceValidUntil: listing?.validUntil,
        priceSpecification: {
          '@type': 'UnitPriceSpecification',
          price: Number(listing?.price),
          priceCurrency: 'CNY',
          unitText: listing?.unit,
        },
        eligibleQuantity: {
          '@type': 'QuantitativeValue',
          minValue: listing?.minOrder,
          unitText: listing?.unit,
        },
        areaServed: listing?.region,
        seller: {
          '@type': 'Organization',
          name: base.merchant.name,
          url: absolute(`/merchants/${base.merchant.slug}`),
        },
      },
    });
    expect(Number(listing?.price)).toBe(TUNED_LISTING.price);
    expect(ofType(page, 'BreadcrumbList')).toEqual([
      breadcrumbList(
        ['首页', '/'],
        ['供应', '/supply'],
        [base.category.name, `/supply/c/${base.category.slug}`],
        [TUNED_LISTING.title],
      ),
    ]);
  });

  it('falls back to the template, the summary and the organisation logo', async () => {
    // The shared fixture sets only an SEO title and keywords.
    const path = `/products/${base.supply.slug}`;
    const page = await head(path);

    expectCommonHead(page, absolute(path));
    expect(page.titles).toEqual(['304不锈钢板现货']);
    expect(one(page, 'description')).toBe('厚度 0.5-20mm，可定尺开平。');
    expect(one(page, 'keywords')).toBe('不锈钢板,304');
    expect(one(page, 'og:image')).toBe(absolute(LOGO_URL));
    expect(ofType(page, 'Product')[0]).toMatchObject({
      description: '厚度 0.5-20mm，可定尺开平。',
      offers: { price: 15800, priceCurrency: 'CNY', availability: 'https://schema.org/InStock' },
    });
    expect(ofType(page, 'Product')[0]).not.toHaveProperty('offers.priceValidUntil');
  });
});

describe('a wanted listing', () => {
  it('is a demand, not a product for sale, and falls back to the site description', async () => {
    const path = `/products/${base.wanted.slug}`;
    const page = await head(path);

    expectCommonHead(page, absolute(path));
    expect(page.titles).toEqual([`${base.wanted.title} - ${SITE_NAME}`]);
    expect(one(page, 'og:title')).toBe(base.wanted.title);
    expect(one(page, 'description')).toBe(SETTINGS.description);
    expect(page.meta('keywords')).toEqual([]);
    expect(one(page, 'og:type')).toBe('website');
    expect(ofType(page, 'Product')).toEqual([]);
    expect(ofType(page, 'Demand')).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Demand',
        name: base.wanted.title,
        description: SETTINGS.description,
        url: absolute(path),
        itemOffered: { '@type': 'Product', name: base.wanted.title },
        areaServed: base.wanted.region,
      },
    ]);
  });
});

describe('a news article', () => {
  it('falls back to the excerpt and tags, and is a NewsArticle with its dates', async () => {
    const article = seo.article;
    const path = `/news/${base.article.slug}`;
    const page = await head(path);

    expectCommonHead(page, absolute(path));
    expect(page.titles).toEqual([`${base.article.title} - ${SITE_NAME}`]);
    expect(one(page, 'description')).toBe(base.article.excerpt);
    expect(one(page, 'keywords')).toBe('钢材,行情');
    expect(one(page, 'og:type')).toBe('article');
    expect(one(page, 'article:published_time')).toBe(iso(article?.publishedAt));
    expect(one(page, 'article:modified_time')).toBe(iso(article?.updatedAt));

    const organization = {
      '@type': 'Organization',
      '@id': `${SITE_URL}/#organization`,
      name: SETTINGS.organization.name,
      url: absolute('/'),
      logo: { '@type': 'ImageObject', url: absolute(LOGO_URL) },
    };
    expect(ofType(page, 'NewsArticle')).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: base.article.title,
        description: base.article.excerpt,
        url: absolute(path),
        mainEntityOfPage: absolute(path),
        datePublished: iso(article?.publishedAt),
        dateModified: iso(article?.updatedAt),
        author: { '@type': 'Person', name: base.article.authorName },
        publisher: organization,
        keywords: ['钢材', '行情'],
        inLanguage: 'zh-CN',
      },
    ]);
    expect(ofType(page, 'BreadcrumbList')).toEqual([
      breadcrumbList(['首页', '/'], ['资讯', '/news'], [base.article.title]),
    ]);
  });

  it('without an excerpt, cuts its body to 160 columns with an ellipsis', async () => {
    const path = `/news/${seo.longRead?.slug}`;
    const page = await head(path);
    // 79 汉字 and the ellipsis: 158 + 1 columns, within 160.
    const expected = `${LONG_BODY.slice(0, 79)}…`;

    expectCommonHead(page, absolute(path));
    expect(one(page, 'description')).toBe(expected);
    expect(one(page, 'og:image')).toBe(absolute(seo.cover.url));
    expect(ofType(page, 'NewsArticle')[0]).toMatchObject({
      description: expected,
      image: [absolute(seo.cover.url)],
      author: { '@type': 'Organization', name: SETTINGS.organization.name },
    });
  });

  it('with hand-written structured data uses it instead, and its canonical URL', async () => {
    const path = `/news/${seo.handWritten?.slug}`;
    const page = await head(path);
    const canonical = 'https://expo.example.cn/2026/gangcai';

    expectCommonHead(page, canonical);
    expect(page.jsonLd).toEqual([
      HAND_WRITTEN_JSON_LD,
      breadcrumbList(['首页', '/'], ['资讯', '/news'], ['华东钢材展九月开幕']),
    ]);
    expect(ofType(page, 'NewsArticle')).toEqual([]);
    expect(page.jsonLdText[0]).toContain('\\u003c/script>\\u003cscript>');
  });
});

describe('a merchant', () => {
  it('with an address is a LocalBusiness, and noindex when SEO staff say so', async () => {
    const shop = seo.shop;
    const path = `/merchants/${shop?.slug}`;
    const page = await head(path);

    expectCommonHead(page, absolute(path));
    expect(page.meta('robots')).toEqual(['noindex']);
    expect(one(page, 'description')).toBe(shop?.summary);
    expect(one(page, 'og:image')).toBe(absolute(seo.shopLogo.url));
    expect(one(page, 'og:image:alt')).toBe(`${shop?.name}的标志`);
    expect(ofType(page, 'LocalBusiness')).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'LocalBusiness',
        name: shop?.name,
        description: shop?.summary,
        url: absolute(path),
        logo: absolute(seo.shopLogo.url),
        image: absolute(seo.shopLogo.url),
        telephone: shop?.phone,
        address: {
          '@type': 'PostalAddress',
          streetAddress: shop?.address,
          addressRegion: shop?.region,
          addressCountry: 'CN',
        },
        areaServed: shop?.region,
      },
    ]);
  });

  it('without an address is an Organization described by its own text', async () => {
    const path = `/merchants/${base.merchant.slug}`;
    const page = await head(path);

    expectCommonHead(page, absolute(path));
    noRobots(page);
    expect(one(page, 'description')).toBe('专注精密机械加工二十年。');
    expect(one(page, 'keywords')).toBe(base.category.name);
    expect(ofType(page, 'LocalBusiness')).toEqual([]);
    expect(ofType(page, 'Organization')).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: base.merchant.name,
        description: '专注精密机械加工二十年。',
        url: absolute(path),
        telephone: base.merchant.phone,
        areaServed: base.merchant.region,
      },
    ]);
  });
});

describe('a deal', () => {
  const offerOf = (page: PageHead) => ofType(page, 'Product')[0]?.offers as JsonLd | undefined;

  it('running with stock is in stock at its deal price until it ends', async () => {
    const deal = seo.deal;
    const path = `/deals/${deal?.slug}`;
    const page = await head(path);

    expectCommonHead(page, absolute(path));
    noRobots(page);
    expect(page.titles).toEqual([`${deal?.title} - ${SITE_NAME}`]);
    expect(one(page, 'description')).toBe(SETTINGS.description);
    expect(one(page, 'og:type')).toBe('product');
    expect(ofType(page, 'Product')[0]).toMatchObject({ name: deal?.title, url: absolute(path) });
    expect(offerOf(page)).toEqual({
      '@type': 'Offer',
      url: absolute(path),
      price: Number(deal?.dealPrice),
      priceCurrency: 'CNY',
      priceSpecification: {
        '@type': 'UnitPriceSpecification',
        priceType: 'https://schema.org/StrikethroughPrice',
        price: Number(deal?.originalPrice),
        priceCurrency: 'CNY',
      },
      availability: 'https://schema.org/InStock',
      availabilityStarts: iso(deal?.startsAt),
      availabilityEnds: iso(deal?.endsAt),
      priceValidUntil: iso(deal?.endsAt),
      inventoryLevel: { '@type': 'QuantitativeValue', value: deal?.stock },
      seller: {
        '@type': 'Organization',
        name: base.merchant.name,
        url: absolute(`/merchants/${base.merchant.slug}`),
      },
    });
    expect(ofType(page, 'BreadcrumbList')).toEqual([
      breadcrumbList(['首页', '/'], ['团购', '/deals'], [deal?.title ?? '']),
    ]);
  });

  it('sold out or not started says so, with its picture and category', async () => {
    const soldOut = await head(`/deals/${seo.soldOut?.slug}`);
    const upcoming = await head(`/deals/${seo.upcoming?.slug}`);

    expect(offerOf(soldOut)).toMatchObject({ availability: 'https://schema.org/SoldOut' });
    expect(one(soldOut, 'description')).toBe(seo.soldOut?.summary);
    expect(one(soldOut, 'og:image')).toBe(absolute(seo.hotpot.url));
    expect(ofType(soldOut, 'Product')[0]).toMatchObject({ category: '美食餐饮' });
    expect(ofType(soldOut, 'BreadcrumbList')).toEqual([
      breadcrumbList(
        ['首页', '/'],
        ['团购', '/deals'],
        ['美食餐饮', '/deals/c/meishi-canyin'],
        [seo.soldOut?.title ?? ''],
      ),
    ]);
    expect(offerOf(upcoming)).toMatchObject({
      availability: 'https://schema.org/PreOrder',
      availabilityStarts: iso(seo.upcoming?.startsAt),
    });
  });
});

describe('an ended deal', () => {
  const endedPath = () => `/deals/${seo.ended?.slug}`;

  async function useEndedDealPolicy(policy: 'index' | 'noindex' | 'redirect' | null) {
    await cms.strapi.db.query('api::global.global').updateMany({
      where: {},
      data: { endedDeals: policy },
    });
    // The site keeps the settings for a minute; a fresh process reads them at once.
    await site.stop();
    site = await startSiteFor(cms, { PUBLIC_SITE_URL: SITE_URL });
  }

  it('stays indexed and marked discontinued when the setting is empty or index', async () => {
    for (const policy of [null, 'index'] as const) {
      await useEndedDealPolicy(policy);
      const page = await head(endedPath());

      expectCommonHead(page, absolute(endedPath()));
      noRobots(page);
      expect(ofType(page, 'Product')[0]).toMatchObject({
        offers: {
          availability: 'https://schema.org/Discontinued',
          priceValidUntil: iso(seo.ended?.endsAt),
        },
      });
    }
  });

  it('asks search engines to drop it under noindex, and only it', async () => {
    await useEndedDealPolicy('noindex');
    const ended = await head(endedPath());
    const running = await head(`/deals/${seo.deal?.slug}`);

    expectCommonHead(ended, absolute(endedPath()));
    expect(ended.meta('robots')).toEqual(['noindex']);
    noRobots(running);
  });

  it('answers 301 to its category, or to all deals, under redirect', async () => {
    await useEndedDealPolicy('redirect');

    const toCategory = await fetch(`${site.url}${endedPath()}`, { redirect: 'manual' });
    const toDeals = await fetch(`${site.url}/deals/${seo.endedWithoutCategory?.slug}`, {
      redirect: 'manual',
    });
    const running = await head(`/deals/${seo.deal?.slug}`);

    expect(toCategory.status).toBe(301);
    expect(toCategory.headers.get('location')).toBe('/deals/c/meishi-canyin');
    expect(toCategory.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(toDeals.status).toBe(301);
    expect(toDeals.headers.get('location')).toBe('/deals');
    expect(running.status).toBe(200);

    await useEndedDealPolicy(null);
  });
});

describe('a lottery', () => {
  it('describes its prize when nobody wrote a description, with its breadcrumb', async () => {
    const path = `/lottery/${base.lottery.slug}`;
    const page = await head(path);

    expectCommonHead(page, absolute(path));
    expect(one(page, 'description')).toBe(
      '0元抽奖：智能电饭煲一台，共 3 个名额，免费报名，开奖结果公开可验证。',
    );
    expect(page.jsonLd).toEqual([
      breadcrumbList(['首页', '/'], ['0元抽奖', '/lottery'], [base.lottery.title]),
    ]);
  });
});

describe('lists', () => {
  it('name their own page from page 2 on, and page 1 without a number', async () => {
    const first = await head('/supply');
    const second = await head('/supply?page=2');

    expectCommonHead(first, absolute('/supply'));
    expectCommonHead(second, absolute('/supply?page=2'));
    noRobots(first);
    noRobots(second);
    expect(first.titles).toEqual([`供应信息 - ${SITE_NAME}`]);
    expect(second.titles).toEqual([`供应信息（第 2 页） - ${SITE_NAME}`]);
    expect(one(first, 'description')).toBe(
      '各地厂家和商家发布的最新供货信息，按分类和地区查找货源，直接联系卖家。',
    );
    expect(one(first, 'og:image')).toBe(absolute(LOGO_URL));
    expect(first.jsonLd).toEqual([breadcrumbList(['首页', '/'], ['供应'])]);
  });

  it('on category paths name the category path; a region filter is not indexed', async () => {
    const category = await head(`/supply/c/${base.category.slug}`);
    const region = await head(`/supply?region=${encodeURIComponent('江苏')}`);

    expectCommonHead(category, absolute(`/supply/c/${base.category.slug}`));
    expect(category.titles).toEqual([`钢材金属供应信息 - ${SITE_NAME}`]);
    expect(category.jsonLd).toEqual([
      breadcrumbList(['首页', '/'], ['供应', '/supply'], ['钢材金属']),
    ]);
    expectCommonHead(region, absolute('/supply?region=%E6%B1%9F%E8%8B%8F'));
    expect(region.meta('robots')).toEqual(['noindex']);
  });

  it('on a category SEO staff tuned use its SEO fields exactly', async () => {
    const path = `/supply/c/${seo.chemicals.slug}`;

    const page = await head(path);

    expectCommonHead(page, absolute(path));
    noRobots(page);
    expect(page.titles).toEqual(['化工原料供应_厂家现货报价']);
    expect(one(page, 'og:title')).toBe('化工原料供应_厂家现货报价');
    expect(one(page, 'description')).toBe('甲醇、纯碱、PVC 等化工原料的厂家现货与最新报价。');
    expect(one(page, 'keywords')).toBe('化工原料,甲醇,化工原料厂家直销');
  });

  it.each([
    ['/wanted', `求购信息 - ${SITE_NAME}`],
    ['/deals', `团购优惠 - ${SITE_NAME}`],
    ['/deals/c/meishi-canyin', `美食餐饮团购 - ${SITE_NAME}`],
    ['/deals/ended', `已结束的团购 - ${SITE_NAME}`],
    ['/news', `行业资讯 - ${SITE_NAME}`],
    ['/merchants', `会员商家 - ${SITE_NAME}`],
    ['/lottery', `0元抽奖 - ${SITE_NAME}`],
  ])('%s has its own title and canonical, and is indexed', async (path, title) => {
    const page = await head(path);

    expectCommonHead(page, absolute(path));
    noRobots(page);
    expect(page.titles).toEqual([title]);
    expect(ofType(page, 'BreadcrumbList')).toHaveLength(1);
  });
});

describe('other pages', () => {
  it.each([
    ['/vip', `VIP 会员权益 - ${SITE_NAME}`, '/vip'],
    ['/links', `友情链接 - ${SITE_NAME}`, '/links'],
    ['/feedback?from=%2Fsupply', `意见反馈 - ${SITE_NAME}`, '/feedback'],
  ])('%s is indexed under its own path', async (path, title, canonicalPath) => {
    const page = await head(path);

    expectCommonHead(page, absolute(canonicalPath));
    noRobots(page);
    expect(page.titles).toEqual([title]);
  });

  it.each([
    ['/search?q=%E9%92%A2', absolute('/search?q=%E9%92%A2')],
    ['/search', absolute('/search')],
    ['/login', absolute('/login')],
    ['/join', absolute('/join')],
  ])('%s is kept out of search results', async (path, canonical) => {
    const page = await head(path);

    expectCommonHead(page, canonical);
    expect(page.meta('robots')).toEqual(['noindex']);
  });

  it.each(['/no-such-page', '/deals/no-such-deal', '/supply?page=99'])(
    '%s answers 404, noindex, with no address of its own',
    async (path) => {
      const page = await head(path);

      expect(page.status).toBe(404);
      expect(page.titles).toHaveLength(1);
      expect(page.meta('robots')).toEqual(['noindex']);
      expect(page.links('canonical')).toEqual([]);
      expect(page.links('alternate').filter((link) => link.hreflang)).toEqual([]);
      expect(page.meta('og:url')).toEqual([]);
    },
  );
});
