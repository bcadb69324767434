import { displayWidth, type Media, type SiteSettings } from '@huijiu/shared';

import type { Article, Deal, Listing, Merchant, SeoFields } from '../src/lib/cms';
import {
  buildPageSeo,
  canonicalUrl,
  DESCRIPTION_WIDTH,
  endedDealPolicy,
  endedDealRedirect,
  splitKeywords,
  trimmedDescription,
  type SeoContext,
} from '../src/lib/seo';
import { AVAILABILITY, dealAvailability, serializeJsonLd } from '../src/lib/structured-data';

const SITE_URL = 'https://www.huijiu.example.cn';
const NOW = new Date('2026-06-15T04:00:00.000Z');

const media = (url: string, alternativeText: string | null = null): Media => ({
  id: 1,
  documentId: 'media-1',
  url,
  alternativeText,
  width: 1200,
  height: 630,
  mime: 'image/jpeg',
  formats: null,
});

function settings(overrides: Partial<SiteSettings> = {}): SiteSettings {
  return {
    id: 1,
    documentId: 'global',
    siteName: '惠久商贸网',
    tagline: null,
    description: '惠久是面向中小商家与采购方的商贸信息平台。',
    titleTemplate: '%s - 惠久商贸网',
    baiduVerification: null,
    googleVerification: null,
    endedDeals: null,
    listingQuotaBasic: null,
    listingQuotaVip: null,
    defaultSeo: null,
    organization: {
      id: 1,
      name: '惠久商贸网',
      legalName: '上海惠久信息科技有限公司',
      logo: media('/uploads/huijiu_logo.png', '惠久标志'),
      phone: '021-61234567',
      email: 'service@huijiu.example.cn',
      address: '上海市嘉定区叶城路1288号',
      icpNumber: null,
    },
    launchBanner: null,
    ...overrides,
  };
}

const context = (overrides: Partial<SiteSettings> = {}): SeoContext => ({
  siteUrl: SITE_URL,
  settings: settings(overrides),
  now: NOW,
});

const seoFields = (overrides: Partial<SeoFields> = {}): SeoFields => ({
  metaTitle: null,
  metaDescription: null,
  keywords: null,
  longTailKeywords: null,
  canonicalUrl: null,
  noindex: false,
  ogImage: null,
  structuredData: null,
  ...overrides,
});

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

function listing(overrides: Partial<Listing> = {}): Listing {
  return {
    slug: '304-buxiugang-ban',
    kind: 'supply',
    title: '304不锈钢板 现货供应',
    summary: '厚度 0.5-20mm，可定尺开平。',
    price: 15800,
    unit: '吨',
    region: '江苏·无锡',
    image: null,
    merchant: {
      name: '苏州恒信精密机械有限公司',
      slug: 'suzhou-hengxin-jingmi',
      region: '江苏·苏州',
      verified: true,
      tier: 'gold',
      logo: null,
    },
    category: { name: '钢材金属', slug: 'gangcai-jinshu', section: 'supply' },
    featured: false,
    publishedAt: new Date('2026-06-01T02:00:00.000Z'),
    body: paragraph('正规钢厂出品，质保书齐全。'),
    images: [],
    minOrder: 2,
    validUntil: '2026-12-31',
    updatedAt: new Date('2026-06-02T02:00:00.000Z'),
    seo: null,
    ...overrides,
  };
}

function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    slug: 'chongqing-laohuoguo',
    title: '重庆老火锅双人套餐',
    type: 'local',
    summary: '周一至周日通用。',
    dealPrice: 128,
    originalPrice: 238,
    discount: 5.3,
    startsAt: new Date('2026-06-10T00:00:00.000Z'),
    endsAt: new Date('2026-06-20T00:00:00.000Z'),
    state: 'running',
    minGroupSize: 2,
    soldCount: 12,
    stock: 100,
    vipOnly: false,
    vipPrice: null,
    region: '重庆',
    image: { url: '/uploads/huoguo.jpg', alt: '火锅', width: 800, height: 600 },
    merchant: null,
    category: { name: '美食餐饮', slug: 'meishi-canyin', section: 'deal' },
    featured: false,
    body: [],
    images: [{ url: '/uploads/huoguo.jpg', alt: '火锅', width: 800, height: 600 }],
    terms: null,
    updatedAt: new Date('2026-06-10T00:00:00.000Z'),
    seo: null,
    ...overrides,
  };
}

function article(overrides: Partial<Article> = {}): Article {
  return {
    slug: 'gangcai-hangqing',
    title: '十二月钢材行情回顾',
    excerpt: null,
    cover: null,
    category: { name: '行业动态', slug: 'hangye-dongtai', section: 'news' },
    authorName: null,
    tags: ['钢材', '行情'],
    publishedAt: new Date('2026-06-01T00:00:00.000Z'),
    body: paragraph('本月螺纹钢价格小幅回落，市场观望情绪浓厚。'),
    updatedAt: new Date('2026-06-03T00:00:00.000Z'),
    seo: null,
    ...overrides,
  };
}

function merchant(overrides: Partial<Merchant> = {}): Merchant {
  return {
    name: '宁波甬达塑业有限公司',
    slug: 'ningbo-yongda-suye',
    region: '浙江·宁波',
    verified: true,
    tier: 'diamond',
    logo: { url: '/uploads/yongda.png', alt: '甬达的标志', width: 96, height: 96 },
    summary: '改性塑料粒子生产商。',
    featured: false,
    category: null,
    description: [],
    address: '浙江省宁波市北仑区港城路 88 号',
    phone: '0574-86881234',
    updatedAt: new Date('2026-06-03T00:00:00.000Z'),
    seo: null,
    ...overrides,
  };
}

describe('keywords', () => {
  it('splits at commas, Chinese commas and line breaks, and keeps each once', () => {
    expect(
      splitKeywords('不锈钢板, 304，不锈钢板', '304不锈钢板价格\n不锈钢板哪里买\r\n\nLED灯,led灯'),
    ).toEqual(['不锈钢板', '304', '304不锈钢板价格', '不锈钢板哪里买', 'LED灯']);
  });

  it('has none when no field is set', () => {
    expect(splitKeywords(null, undefined, ' , ，\n')).toEqual([]);
  });

  it('merges keywords and long-tail keywords into the page, and falls back to the entry', () => {
    const own = seoFields({ keywords: '不锈钢板,304', longTailKeywords: '304不锈钢板价格' });
    const withOwn = buildPageSeo(
      {
        path: '/products/x',
        title: 'x',
        subject: { kind: 'listing', listing: listing({ seo: own }) },
      },
      context(),
    );
    const withoutOwn = buildPageSeo(
      { path: '/news/x', title: 'x', subject: { kind: 'article', article: article() } },
      context(),
    );

    expect(withOwn.keywords).toEqual(['不锈钢板', '304', '304不锈钢板价格']);
    expect(withoutOwn.keywords).toEqual(['钢材', '行情', '行业动态']);
  });
});

describe('descriptions', () => {
  it('cut by display width, a CJK character counting two, with an ellipsis', () => {
    const chinese = '钢'.repeat(100);
    const cut = trimmedDescription([chinese]);

    expect(cut).toBe(`${'钢'.repeat(79)}…`);
    expect(displayWidth(cut ?? '')).toBeLessThanOrEqual(DESCRIPTION_WIDTH);

    const latin = 'a'.repeat(200);
    expect(trimmedDescription([latin])).toBe(`${'a'.repeat(159)}…`);
    expect(trimmedDescription(['短的描述  也会\n合并空白'])).toBe('短的描述 也会 合并空白');
  });

  it('take the first text that is there', () => {
    expect(trimmedDescription([null, '  ', undefined, '第二个', '第三个'])).toBe('第二个');
    expect(trimmedDescription([null, ''])).toBeNull();
  });

  it('fall back from the SEO description to the summary, the body, then the site', () => {
    const page = (entry: Listing, overrides: Partial<SiteSettings> = {}) =>
      buildPageSeo(
        { path: '/products/x', title: entry.title, subject: { kind: 'listing', listing: entry } },
        context(overrides),
      ).description;

    const long = `${'这是一段很长的SEO描述'.repeat(20)}`;
    expect(page(listing({ seo: seoFields({ metaDescription: long }) }))).toBe(long);
    expect(page(listing())).toBe('厚度 0.5-20mm，可定尺开平。');
    expect(page(listing({ summary: null }))).toBe('正规钢厂出品，质保书齐全。');
    expect(page(listing({ summary: null, body: [] }))).toBe(
      '惠久是面向中小商家与采购方的商贸信息平台。',
    );
    expect(
      page(listing({ summary: null, body: [] }), {
        description: null,
        defaultSeo: { id: 2, ...seoFields(), metaDescription: '默认描述', ogImage: null },
      }),
    ).toBe('默认描述');
  });
});

describe('titles', () => {
  it('use the SEO title exactly, and the template around the own title otherwise', () => {
    const titled = buildPageSeo(
      {
        path: '/products/x',
        title: '304不锈钢板 现货供应',
        subject: {
          kind: 'listing',
          listing: listing({ seo: seoFields({ metaTitle: '304不锈钢板现货' }) }),
        },
      },
      context(),
    );
    const plain = buildPageSeo({ path: '/supply', title: '供应信息' }, context());

    expect(titled.title).toBe('304不锈钢板现货');
    expect(titled.openGraph.title).toBe('304不锈钢板现货');
    expect(plain.title).toBe('供应信息 - 惠久商贸网');
    expect(plain.openGraph.title).toBe('供应信息');
  });

  it('on the home page come from the default SEO, else the site name alone', () => {
    const home = { path: '/', subject: { kind: 'home' as const } };
    const defaultSeo = {
      id: 2,
      ...seoFields(),
      metaTitle: '惠久商贸网 - 供求与团购',
      ogImage: null,
    };

    expect(buildPageSeo(home, context()).title).toBe('惠久商贸网');
    expect(buildPageSeo(home, context({ defaultSeo })).title).toBe('惠久商贸网 - 供求与团购');
  });
});

describe('category lists', () => {
  const steel = {
    name: '钢材金属',
    slug: 'gangcai-jinshu',
    section: 'supply' as const,
    description: '板材、型材、管材等钢材现货与加工。',
    parent: null,
  };
  const onPage = (page: number, seo: SeoFields | null) =>
    buildPageSeo(
      {
        path: '/supply/c/gangcai-jinshu',
        title: page > 1 ? `钢材金属供应信息（第 ${page} 页）` : '钢材金属供应信息',
        page,
        subject: { kind: 'category', category: { ...steel, seo }, page },
      },
      context(),
    );
  const tuned = seoFields({
    metaTitle: '钢材现货供应_钢板钢管批发',
    metaDescription: '全国钢厂与贸易商的钢材现货报价。',
    keywords: '钢材,钢板',
    canonicalUrl: 'https://www.huijiu.example.cn/supply/c/gangcai',
  });

  it('use what SEO staff set for the category on the first page, exactly', () => {
    const first = onPage(1, tuned);

    expect(first.title).toBe('钢材现货供应_钢板钢管批发');
    expect(first.description).toBe('全国钢厂与贸易商的钢材现货报价。');
    expect(first.keywords).toEqual(['钢材', '钢板']);
    expect(first.canonical).toBe('https://www.huijiu.example.cn/supply/c/gangcai');
  });

  it('number the SEO title from page 2 on, and name that page as canonical', () => {
    const second = onPage(2, tuned);

    expect(second.title).toBe('钢材现货供应_钢板钢管批发（第 2 页）');
    expect(second.description).toBe('全国钢厂与贸易商的钢材现货报价。');
    expect(second.canonical).toBe(`${SITE_URL}/supply/c/gangcai-jinshu?page=2`);
  });

  it('fall back to the template, the category description and its name', () => {
    const untouched = onPage(2, null);

    expect(untouched.title).toBe('钢材金属供应信息（第 2 页） - 惠久商贸网');
    expect(untouched.description).toBe('板材、型材、管材等钢材现货与加工。');
    expect(untouched.keywords).toEqual(['钢材金属']);
  });
});

describe('canonical addresses', () => {
  it('are absolute, with the page number from page 2 on', () => {
    expect(canonicalUrl(SITE_URL, '/supply', { page: 1 })).toBe(`${SITE_URL}/supply`);
    expect(canonicalUrl(SITE_URL, '/supply', { page: 2 })).toBe(`${SITE_URL}/supply?page=2`);
    expect(canonicalUrl(`${SITE_URL}/`, '/supply/c/gangcai', { region: '江苏', page: 3 })).toBe(
      `${SITE_URL}/supply/c/gangcai?region=%E6%B1%9F%E8%8B%8F&page=3`,
    );
    expect(canonicalUrl(SITE_URL, '/', { region: null })).toBe(`${SITE_URL}/`);
  });

  it('name the page in hreflang and og:url, and follow an override set by SEO staff', () => {
    const list = buildPageSeo({ path: '/news', title: '行业资讯', page: 2 }, context());
    const copied = buildPageSeo(
      {
        path: '/news/x',
        title: 'x',
        subject: {
          kind: 'article',
          article: article({ seo: seoFields({ canonicalUrl: 'https://other.example.cn/a' }) }),
        },
      },
      context(),
    );

    expect(list.canonical).toBe(`${SITE_URL}/news?page=2`);
    expect(list.openGraph.url).toBe(`${SITE_URL}/news?page=2`);
    expect(list.alternates).toEqual([
      { hreflang: 'zh-CN', href: `${SITE_URL}/news?page=2` },
      { hreflang: 'x-default', href: `${SITE_URL}/news?page=2` },
    ]);
    expect(copied.canonical).toBe('https://other.example.cn/a');
  });

  it('are left out on error pages', () => {
    const problem = buildPageSeo({ title: '没有找到这个页面', noindex: true }, context());

    expect(problem.canonical).toBeNull();
    expect(problem.alternates).toEqual([]);
    expect(problem.noindex).toBe(true);
  });
});

describe('share images', () => {
  it('prefer the SEO image, then the entry’s first picture, then the organisation’s logo', () => {
    const ogImage = {
      url: 'https://cdn.example.cn/og.jpg',
      alt: '分享图',
      width: 1200,
      height: 630,
    };
    const image = (entry: Deal) =>
      buildPageSeo(
        { path: '/deals/x', title: 'x', subject: { kind: 'deal', deal: entry } },
        context(),
      ).openGraph.image;

    expect(image(deal({ seo: seoFields({ ogImage }) }))).toEqual(ogImage);
    expect(image(deal())?.url).toBe(`${SITE_URL}/uploads/huoguo.jpg`);
    expect(image(deal({ images: [], image: null }))).toEqual({
      url: `${SITE_URL}/uploads/huijiu_logo.png`,
      alt: '惠久标志',
      width: 1200,
      height: 630,
    });
  });
});

describe('robots', () => {
  it('say noindex when SEO staff or the page ask for it', () => {
    const flagged = listing({ seo: seoFields({ noindex: true }) });

    expect(
      buildPageSeo(
        { path: '/p', title: 'p', subject: { kind: 'listing', listing: flagged } },
        context(),
      ).noindex,
    ).toBe(true);
    expect(buildPageSeo({ path: '/search', title: '搜索', noindex: true }, context()).noindex).toBe(
      true,
    );
    expect(buildPageSeo({ path: '/supply', title: '供应信息' }, context()).noindex).toBe(false);
  });

  it('follow the setting for ended deals', () => {
    const ended = deal({ state: 'ended' });
    const noindex = (entry: Deal, endedDeals: SiteSettings['endedDeals']) =>
      buildPageSeo(
        { path: '/deals/x', title: 'x', subject: { kind: 'deal', deal: entry } },
        context({ endedDeals }),
      ).noindex;

    expect(noindex(ended, 'noindex')).toBe(true);
    expect(noindex(ended, 'index')).toBe(false);
    expect(noindex(ended, null)).toBe(false);
    expect(noindex(deal(), 'noindex')).toBe(false);
  });
});

describe('ended deals', () => {
  it('redirect to their category, or to all deals, only under the redirect setting', () => {
    const ended = deal({ state: 'ended' });
    const inOtherSection = deal({
      state: 'ended',
      category: { name: '钢材金属', slug: 'gangcai-jinshu', section: 'supply' },
    });

    expect(endedDealRedirect(ended, 'redirect')).toBe('/deals/c/meishi-canyin');
    expect(endedDealRedirect(deal({ state: 'ended', category: null }), 'redirect')).toBe('/deals');
    expect(endedDealRedirect(inOtherSection, 'redirect')).toBe('/deals');
    expect(endedDealRedirect(ended, 'noindex')).toBeNull();
    expect(endedDealRedirect(deal(), 'redirect')).toBeNull();
    expect(endedDealPolicy({ endedDeals: null })).toBe('index');
  });

  it('are discontinued offers; running ones in stock or sold out, coming ones pre-orders', () => {
    expect(dealAvailability({ state: 'ended', stock: 5 })).toBe(AVAILABILITY.discontinued);
    expect(dealAvailability({ state: 'upcoming', stock: 5 })).toBe(AVAILABILITY.preOrder);
    expect(dealAvailability({ state: 'running', stock: 5 })).toBe(AVAILABILITY.inStock);
    expect(dealAvailability({ state: 'running', stock: 0 })).toBe(AVAILABILITY.soldOut);
  });
});

describe('structured data', () => {
  it('describes a supply listing as a product with its offer', () => {
    const page = buildPageSeo(
      {
        path: '/products/304-buxiugang-ban',
        title: '304不锈钢板 现货供应',
        breadcrumbs: [
          { label: '首页', href: '/' },
          { label: '供应', href: '/supply' },
          { label: 'x' },
        ],
        subject: { kind: 'listing', listing: listing() },
      },
      context(),
    );
    const [product, breadcrumbs] = page.jsonLd;

    expect(product).toMatchObject({
      '@type': 'Product',
      name: '304不锈钢板 现货供应',
      offers: {
        '@type': 'Offer',
        price: 15800,
        priceCurrency: 'CNY',
        availability: AVAILABILITY.inStock,
        priceValidUntil: '2026-12-31',
        url: `${SITE_URL}/products/304-buxiugang-ban`,
        seller: {
          name: '苏州恒信精密机械有限公司',
          url: `${SITE_URL}/merchants/suzhou-hengxin-jingmi`,
        },
      },
    });
    expect(breadcrumbs).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: '首页', item: `${SITE_URL}/` },
        { '@type': 'ListItem', position: 2, name: '供应', item: `${SITE_URL}/supply` },
        { '@type': 'ListItem', position: 3, name: 'x' },
      ],
    });
  });

  it('marks a supply listing past its validity as discontinued, and a wanted one as a demand', () => {
    const expired = buildPageSeo(
      {
        path: '/p',
        title: 'p',
        subject: { kind: 'listing', listing: listing({ validUntil: '2026-06-14' }) },
      },
      context(),
    ).jsonLd[0];
    const wanted = buildPageSeo(
      {
        path: '/p',
        title: 'p',
        subject: { kind: 'listing', listing: listing({ kind: 'wanted', price: null, unit: null }) },
      },
      context(),
    ).jsonLd[0];

    expect(expired).toMatchObject({ offers: { availability: AVAILABILITY.discontinued } });
    expect(wanted).toMatchObject({ '@type': 'Demand', validThrough: '2026-12-31' });
    expect(wanted).not.toHaveProperty('offers');
  });

  it('uses the override SEO staff set instead of the generated block, keeping the breadcrumb', () => {
    const structuredData = { '@context': 'https://schema.org', '@type': 'Event', name: '展会' };
    const page = buildPageSeo(
      {
        path: '/news/x',
        title: 'x',
        breadcrumbs: [{ label: '首页', href: '/' }, { label: 'x' }],
        subject: { kind: 'article', article: article({ seo: seoFields({ structuredData }) }) },
      },
      context(),
    );

    expect(page.jsonLd).toHaveLength(2);
    expect(page.jsonLd[0]).toEqual(structuredData);
    expect(page.jsonLd[1]).toMatchObject({ '@type': 'BreadcrumbList' });
  });

  it('describes a merchant with an address as a local business, without one as an organisation', () => {
    const ld = (entry: Merchant) =>
      buildPageSeo(
        { path: '/m', title: 'm', subject: { kind: 'merchant', merchant: entry } },
        context(),
      ).jsonLd[0];

    expect(ld(merchant())).toMatchObject({
      '@type': 'LocalBusiness',
      telephone: '0574-86881234',
      address: { streetAddress: '浙江省宁波市北仑区港城路 88 号', addressCountry: 'CN' },
    });
    expect(ld(merchant({ address: null }))).toMatchObject({ '@type': 'Organization' });
    expect(ld(merchant({ address: null }))).not.toHaveProperty('address');
  });

  it('gives the home page the site with its search box and the organisation', () => {
    const [website, organization] = buildPageSeo(
      { path: '/', subject: { kind: 'home' } },
      context(),
    ).jsonLd;

    expect(website).toMatchObject({
      '@type': 'WebSite',
      url: `${SITE_URL}/`,
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: `${SITE_URL}/search?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
    expect(organization).toMatchObject({
      '@type': 'Organization',
      name: '惠久商贸网',
      legalName: '上海惠久信息科技有限公司',
      logo: { url: `${SITE_URL}/uploads/huijiu_logo.png` },
    });
  });

  it('cannot close its script element, whatever the CMS holds', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script><!--' });

    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script><!--' });
  });
});

describe('verification codes', () => {
  it('come from the settings, and are left out when empty', () => {
    const codes = buildPageSeo(
      { path: '/', subject: { kind: 'home' } },
      context({ baiduVerification: 'code-baidu', googleVerification: '  ' }),
    ).verification;

    expect(codes).toEqual({ baidu: 'code-baidu', google: null });
  });
});
