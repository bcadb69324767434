import { createFixtures, type Fixtures } from '../../cms/tests/helpers/fixtures';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { formatDay } from '../src/lib/format';
import {
  createCatalogFixtures,
  steelRegion,
  type CatalogFixtures,
} from './helpers/catalog-fixtures';
import { startSiteFor, type RunningSite } from './helpers/site-server';

let cms: TestCms;
let site: RunningSite;
let base: Fixtures;
let extra: CatalogFixtures;

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  base = await createFixtures(cms.strapi);
  extra = await createCatalogFixtures(cms.strapi, base);
  site = await startSiteFor(cms);
}, 600_000);

afterAll(async () => {
  await site?.stop();
  await extra?.removeImages();
  await cms?.stop();
});

interface Page {
  status: number;
  html: string;
  /** What a visitor reads: the HTML without tags, with whitespace collapsed. */
  text: string;
}

async function open(path: string): Promise<Page> {
  const response = await fetch(`${site.url}${encodeURI(path)}`, { redirect: 'manual' });
  const html = await response.text();
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  return { status: response.status, html, text };
}

const headings = (html: string) =>
  [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => match[1].trim());

/** Link targets of the cards in the main list, in page order. */
const cardLinks = (html: string, prefix: string) =>
  [...html.matchAll(/<a class="card" href="([^"]+)"/g)]
    .map((match) => match[1])
    .filter((href) => href.startsWith(prefix));

const cardTitles = (html: string) =>
  [...html.matchAll(/<a class="card"[\s\S]*?<h3[^>]*>([\s\S]*?)<\/h3>/g)].map((match) =>
    match[1].trim(),
  );

const relLink = (html: string, rel: 'prev' | 'next') =>
  html.match(new RegExp(`<a href="([^"]*)" rel="${rel}"`))?.[1] ?? null;

/** The breadcrumb trail as label and link, the current page last and without a link. */
function breadcrumbs(html: string) {
  const nav = html.match(/<nav class="breadcrumbs" aria-label="当前位置">([\s\S]*?)<\/nav>/);
  if (!nav) return [];
  return [...nav[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, item]) => ({
    label: item.replace(/<[^>]+>/g, '').trim(),
    href: item.match(/href="([^"]+)"/)?.[1] ?? null,
  }));
}

/** An href as the browser follows it: entities and percent-escapes resolved. */
const decode = (href: string) =>
  decodeURIComponent(href.replaceAll('&amp;', '&').replaceAll('&#38;', '&'));

describe('the supply list', () => {
  it('splits 30 published listings into a page of 24 and a page of 6', async () => {
    const first = await open('/supply');
    const second = await open('/supply?page=2');

    expect(first.status).toBe(200);
    expect(headings(first.html)).toEqual(['供应信息']);
    expect(first.html).toContain('<title>供应信息 - 惠久商贸网</title>');
    expect(first.text).toContain('共 30 条，第 1 / 2 页');
    expect(cardLinks(first.html, '/products/')).toHaveLength(24);
    expect(relLink(first.html, 'prev')).toBeNull();
    expect(relLink(first.html, 'next')).toBe('/supply?page=2');

    expect(second.status).toBe(200);
    expect(second.html).toContain('<title>供应信息（第 2 页） - 惠久商贸网</title>');
    expect(cardLinks(second.html, '/products/')).toHaveLength(6);
    expect(relLink(second.html, 'prev')).toBe('/supply');
    expect(relLink(second.html, 'next')).toBeNull();
  });

  it('shows newest first, with price, region and merchant on each card', async () => {
    const first = await open('/supply');
    const second = await open('/supply?page=2');

    expect(cardTitles(first.html)[0]).toBe('PP 改性塑料粒子 5号');
    expect(cardTitles(second.html).at(-1)).toBe('304不锈钢板 现货供应');
    expect(second.text).toContain(
      '304不锈钢板 现货供应 ¥15,800/吨 江苏·无锡 · 苏州恒信精密机械有限公司',
    );
    expect(first.text).not.toContain('未发布的草稿信息');
    expect(second.text).not.toContain('草稿标题 尚未审核');
  });

  it('offers the supply categories as paths, and marks none chosen on the section', async () => {
    const { html } = await open('/supply');

    expect(html).toContain('<nav class="filter" aria-label="供应分类">');
    expect(html).toContain('<a href="/supply" class="chip" aria-current="page">全部</a>');
    expect(html).toContain('<a href="/supply/c/gangcai-jinshu" class="chip">钢材金属</a>');
    expect(html).toContain('<a href="/supply/c/wujin-gongju" class="chip">五金工具</a>');
    expect(html).not.toContain('/supply/c/ershou-shebei');
  });

  it('answers 404 for a page past the end, a page that is not a number, and page 0', async () => {
    const pastTheEnd = await open('/supply?page=3');

    expect(pastTheEnd.status).toBe(404);
    expect(headings(pastTheEnd.html)).toEqual(['没有这一页']);
    expect(pastTheEnd.text).toContain('这个列表一共只有 2 页，第 3 页不存在。');
    expect(pastTheEnd.html).toContain('<meta name="robots" content="noindex">');
    for (const page of ['abc', '0', '-1', '1.5', '']) {
      expect((await open(`/supply?page=${page}`)).status).toBe(404);
    }
  });
});

describe('a supply category path', () => {
  it('shows only that category, over two pages', async () => {
    const first = await open('/supply/c/gangcai-jinshu');
    const second = await open('/supply/c/gangcai-jinshu?page=2');

    expect(first.status).toBe(200);
    expect(headings(first.html)).toEqual(['钢材金属供应信息']);
    expect(first.text).toContain('共 25 条，第 1 / 2 页');
    expect(cardTitles(first.html)).toEqual(extra.steelTitles.slice().reverse());
    expect(cardTitles(second.html)).toEqual(['304不锈钢板 现货供应']);
    expect(relLink(first.html, 'next')).toBe('/supply/c/gangcai-jinshu?page=2');
    expect(relLink(second.html, 'prev')).toBe('/supply/c/gangcai-jinshu');
    expect(first.html).toContain(
      '<a href="/supply/c/gangcai-jinshu" class="chip" aria-current="page">钢材金属</a>',
    );
    expect(breadcrumbs(first.html)).toEqual([
      { label: '首页', href: '/' },
      { label: '供应', href: '/supply' },
      { label: '钢材金属', href: null },
    ]);
  });

  it('leaves out listings of other categories', async () => {
    const { status, html } = await open('/supply/c/suliao-huagong');

    expect(status).toBe(200);
    expect(cardTitles(html)).toEqual(extra.plasticTitles.slice().reverse());
    expect(relLink(html, 'next')).toBeNull();
  });

  it('shows a friendly empty state for a category with no listings', async () => {
    const { status, text, html } = await open('/supply/c/wujin-gongju');

    expect(status).toBe(200);
    expect(headings(html)).toEqual(['五金工具供应信息']);
    expect(text).toContain('「五金工具」分类下暂时没有供应信息，看看其他分类吧。');
    expect(html).toContain('<a href="/supply">查看全部供应信息</a>');
    expect(cardLinks(html, '/')).toEqual([]);
  });

  it('answers 404 for an unknown category, another section’s category, or a bad page', async () => {
    const unknown = await open('/supply/c/no-such-category');

    expect(unknown.status).toBe(404);
    expect(headings(unknown.html)).toEqual(['没有找到这个分类']);
    expect(unknown.html).toContain('<a href="/supply">查看全部供应信息</a>');
    expect((await open('/supply/c/ershou-shebei')).status).toBe(404);
    expect((await open('/supply/c/Bad_Slug')).status).toBe(404);
    expect((await open('/supply/c/gangcai-jinshu?page=3')).status).toBe(404);
  });
});

describe('the region filter', () => {
  it('narrows a list to listings from one province, over two pages', async () => {
    const first = await open('/supply?region=浙江');
    const second = await open('/supply?region=浙江&page=2');

    expect(first.status).toBe(200);
    expect(headings(first.html)).toEqual(['浙江供应信息']);
    expect(first.text).toContain('共 25 条，第 1 / 2 页');
    expect(cardLinks(first.html, '/products/')).toHaveLength(24);
    expect(decode(relLink(first.html, 'next') ?? '')).toBe('/supply?region=浙江&page=2');
    expect(first.html).toContain('<meta name="robots" content="noindex">');
    expect(first.html).toMatch(
      /<a href="\/supply\?region=%E6%B5%99%E6%B1%9F" class="chip" aria-current="page">\s*浙江\s*<\/a>/,
    );

    expect(second.status).toBe(200);
    expect(cardTitles(second.html)).toHaveLength(1);
    expect(decode(relLink(second.html, 'prev') ?? '')).toBe('/supply?region=浙江');
    expect(relLink(second.html, 'next')).toBeNull();
    expect((await open('/supply?region=浙江&page=3')).status).toBe(404);
  });

  it('keeps the region when the category changes, and combines both', async () => {
    const { html } = await open('/supply/c/gangcai-jinshu?region=江苏');
    const categoryLink = html.match(/<a href="([^"]+)" class="chip">塑料化工<\/a>/)?.[1];
    const fromJiangsu = extra.steelTitles.filter((_, index) =>
      steelRegion(index + 1).startsWith('江苏'),
    );

    expect(decode(categoryLink ?? '')).toBe('/supply/c/suliao-huagong?region=江苏');
    expect(headings(html)).toEqual(['江苏钢材金属供应信息']);
    expect(cardTitles(html)).toEqual([...fromJiangsu.reverse(), '304不锈钢板 现货供应']);
  });

  it('says so when a region has nothing', async () => {
    const { status, text, html } = await open('/supply?region=西藏');

    expect(status).toBe(200);
    expect(text).toContain('西藏暂时没有供应信息，可以看看其他地区。');
    expect(html).toContain('<a href="/supply">查看全部地区</a>');
  });

  it('refuses a region longer than 10 characters with 400', async () => {
    const { status, html } = await open('/supply?region=江苏省苏州市工业园区星湖街');

    expect(status).toBe(400);
    expect(headings(html)).toEqual(['地区名称太长']);
  });
});

describe('the wanted list', () => {
  it('lists wanted listings with their own categories', async () => {
    const all = await open('/wanted');
    const machines = await open('/wanted/c/ershou-shebei');

    expect(all.status).toBe(200);
    expect(headings(all.html)).toEqual(['求购信息']);
    expect(cardTitles(all.html)).toEqual(['求购二手数控车床 两台', '求购二手挖掘机 20吨级']);
    expect(all.text).toContain('求购二手挖掘机 20吨级 面议 四川·成都');
    expect(machines.status).toBe(200);
    expect(cardTitles(machines.html)).toEqual(['求购二手数控车床 两台']);
    expect((await open('/wanted/c/gangcai-jinshu')).status).toBe(404);
    expect((await open('/wanted?page=2')).status).toBe(404);
  });
});

describe('a listing page', () => {
  it('shows the published supply listing with price, facts, merchant and breadcrumbs', async () => {
    const { status, html, text } = await open('/products/304-buxiugang-ban-xianhuo-gongying');

    expect(status).toBe(200);
    expect(headings(html)).toEqual(['304不锈钢板 现货供应']);
    // The SEO title stands alone: SEO staff write the whole title.
    expect(html).toContain('<title>304不锈钢板现货</title>');
    expect(text).not.toContain('草稿标题');
    expect(text).toContain('价格 ¥15,800/吨');
    expect(text).toContain('起订量 1 吨');
    expect(text).toContain('所在地区 江苏·无锡');
    expect(text).toContain('所属分类 钢材金属');
    expect(text).toContain('厚度 0.5-20mm，可定尺开平。');
    expect(html).toContain('<a href="/supply/c/gangcai-jinshu">钢材金属</a>');
    expect(breadcrumbs(html)).toEqual([
      { label: '首页', href: '/' },
      { label: '供应', href: '/supply' },
      { label: '钢材金属', href: '/supply/c/gangcai-jinshu' },
      { label: '304不锈钢板 现货供应', href: null },
    ]);
    expect(html).toContain('<aside class="merchant-box" aria-labelledby="merchant-box-heading">');
    expect(html).toContain(
      '<a href="/merchants/suzhou-hengxin-jingmi">苏州恒信精密机械有限公司</a>',
    );
    expect(text).toContain('苏州恒信精密机械有限公司 已认证 江苏·苏州 · 金牌会员');
  });

  it('shows the gallery, first picture eager and the rest lazy, and the optional facts', async () => {
    const { status, html, text } = await open(`/products/${extra.galleryListingSlug}`);
    const pictures = [...html.matchAll(/<ul class="gallery"[\s\S]*?<\/ul>/g)][0]?.[0] ?? '';
    const images = [...pictures.matchAll(/<img [^>]*>/g)].map(([tag]) => ({
      src: tag.match(/src="([^"]+)"/)?.[1],
      alt: tag.match(/alt="([^"]*)"/)?.[1],
      loading: tag.match(/loading="([^"]+)"/)?.[1],
    }));

    expect(status).toBe(200);
    expect(images).toEqual(
      extra.images.slice(0, 3).map((image, index) => ({
        src: image.url,
        alt: image.alt,
        loading: index === 0 ? 'eager' : 'lazy',
      })),
    );
    expect(text).toContain('价格 ¥10,300/吨');
    expect(text).toContain('起订量 5 吨');
    expect(text).toContain('有效期至 2099年12月31日');
    expect(text).toContain('厂家直供，支持开具增值税专用发票，宁波港口可安排装柜。');
    expect(text).toContain('宁波甬达塑业有限公司 已认证 浙江·宁波 · 钻石会员');
  });

  it('shows a wanted listing as 面议 under 求购, without a merchant box', async () => {
    const { status, html, text } = await open('/products/qiugou-ershou-wajueji');

    expect(status).toBe(200);
    expect(text).toContain('期望价格 面议');
    expect(breadcrumbs(html).map((crumb) => crumb.label)).toEqual([
      '首页',
      '求购',
      '求购二手挖掘机 20吨级',
    ]);
    expect(html).not.toContain('merchant-box');
  });

  it('answers 404 for a draft, an unknown slug and a malformed one', async () => {
    const draft = await open('/products/wei-fabu-de-caogao');

    expect(draft.status).toBe(404);
    expect(headings(draft.html)).toEqual(['没有找到这条信息']);
    expect(draft.text).not.toContain('未发布的草稿信息');
    expect((await open('/products/no-such-listing')).status).toBe(404);
    expect((await open('/products/NO_SUCH')).status).toBe(404);
  });
});

describe('the merchant list', () => {
  it('lists published merchants, filtered by category path and region', async () => {
    const all = await open('/merchants');
    const machining = await open('/merchants/c/jingmi-jiagong');
    const guangdong = await open('/merchants?region=广东');

    expect(all.status).toBe(200);
    expect(headings(all.html)).toEqual(['会员商家']);
    expect(cardTitles(all.html).sort()).toEqual(
      ['佛山顺德五金加工厂', '宁波甬达塑业有限公司', '苏州恒信精密机械有限公司'].sort(),
    );
    expect(all.text).toContain('共 3 家');
    expect(all.text).not.toContain('尚未发布的商家');
    expect(machining.status).toBe(200);
    expect(headings(machining.html)).toEqual(['精密加工商家']);
    expect(cardTitles(machining.html)).toEqual(['宁波甬达塑业有限公司']);
    expect(cardTitles(guangdong.html)).toEqual(['佛山顺德五金加工厂']);
    expect((await open('/merchants/c/no-such-category')).status).toBe(404);
    expect((await open('/merchants?page=2')).status).toBe(404);
  });
});

describe('a merchant profile', () => {
  it('shows the profile, a phone link, its latest listings and its running deals', async () => {
    const { status, html, text } = await open('/merchants/suzhou-hengxin-jingmi');

    expect(status).toBe(200);
    expect(headings(html)).toEqual(['苏州恒信精密机械有限公司']);
    expect(text).toContain('金牌会员 已认证');
    expect(text).toContain('所在地区 江苏·苏州');
    expect(html).toContain('<a href="tel:051266881234">0512-66881234</a>');
    expect(text).toContain('专注精密机械加工二十年。');
    expect(text).toContain('共 13 条供应信息，这里显示最新的 8 条。');
    expect(cardLinks(html, '/products/')).toHaveLength(8);
    expect(cardLinks(html, '/deals/')).toEqual(['/deals/chongqing-laohuoguo-shuangren']);
    expect(text).toContain('重庆老火锅双人套餐');
    expect(html).toContain('<a href="/deals">全部团购</a>');
    expect(breadcrumbs(html).map((crumb) => crumb.label)).toEqual([
      '首页',
      '商家',
      '苏州恒信精密机械有限公司',
    ]);
    expect(html).not.toContain(base.supply.documentId);
    expect(text).not.toContain('王秘密');
  });

  it('shows empty states for a merchant without listings or deals', async () => {
    const { status, html, text } = await open('/merchants/foshan-shunde-wujin');

    expect(status).toBe(200);
    expect(text).toContain('这家商家暂时没有发布供应信息。');
    expect(text).toContain('这家商家眼下没有进行中的团购。');
    expect(text).not.toContain('已认证');
    expect(html).not.toContain('href="tel:');
  });

  it('answers 404 for an unknown or unpublished merchant', async () => {
    expect((await open('/merchants/no-such-merchant')).status).toBe(404);
    const draft = await open('/merchants/weifabu-shangjia');

    expect(draft.status).toBe(404);
    expect(headings(draft.html)).toEqual(['没有找到这家商家']);
  });
});

describe('the news', () => {
  it('lists articles newest first, and a category path only its own', async () => {
    const all = await open('/news');
    const industry = await open('/news/c/hangye-dongtai');

    expect(all.status).toBe(200);
    expect(headings(all.html)).toEqual(['行业资讯']);
    expect(cardTitles(all.html)).toEqual(['长三角钢材库存连续三周下降', '十二月钢材行情回顾']);
    expect(all.text).not.toContain('尚未发布的资讯草稿');
    expect(industry.status).toBe(200);
    expect(headings(industry.html)).toEqual(['行业动态资讯']);
    expect(cardTitles(industry.html)).toEqual(['长三角钢材库存连续三周下降']);
    expect((await open('/news/c/gangcai-jinshu')).status).toBe(404);
    expect((await open('/news?page=2')).status).toBe(404);
  });

  it('shows an article with its date, author, category, tags and body', async () => {
    const stored = await cms.strapi
      .documents('api::article.article')
      .findOne({ documentId: base.article.documentId, status: 'published' });
    const { status, html, text } = await open('/news/shieryue-gangcai-hangqing');

    expect(status).toBe(200);
    expect(headings(html)).toEqual(['十二月钢材行情回顾']);
    expect(text).toContain(
      `${formatDay(new Date(stored?.publishedAt as string))} · 作者：惠久资讯`,
    );
    expect(text).toContain('本月螺纹钢价格小幅回落，市场观望情绪浓厚。');
    expect(text).toContain('标签： 钢材 行情');
    expect(breadcrumbs(html).map((crumb) => crumb.label)).toEqual([
      '首页',
      '资讯',
      '十二月钢材行情回顾',
    ]);
  });

  it('shows the cover and the category link of an article that has them', async () => {
    const { html, text } = await open('/news/changsanjiao-gangcai-kucun-xiajiang');

    expect(text).toContain('作者：市场部 王编辑 · 行业动态');
    expect(html).toMatch(
      new RegExp(
        `<img class="cover" src="${extra.images[3].url}" alt="钢材市场交易大厅"[^>]*loading="eager"`,
      ),
    );
    expect(breadcrumbs(html)).toEqual([
      { label: '首页', href: '/' },
      { label: '资讯', href: '/news' },
      { label: '行业动态', href: '/news/c/hangye-dongtai' },
      { label: '长三角钢材库存连续三周下降', href: null },
    ]);
  });

  it('answers 404 for a draft or an unknown article', async () => {
    const draft = await open('/news/weifabu-zixun-caogao');

    expect(draft.status).toBe(404);
    expect(headings(draft.html)).toEqual(['没有找到这篇资讯']);
    expect((await open('/news/no-such-article')).status).toBe(404);
  });
});
