import { createHash } from 'node:crypto';

import { createFixtures, SECRETS } from '../../cms/tests/helpers/fixtures';
import { renameListing } from '../../cms/tests/helpers/listings';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { startSiteFor, type RunningSite } from './helpers/site-server';

let cms: TestCms;
let site: RunningSite;

const DRAWN_SEED = 'kaijiang-zhongzi-2026-test';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** What this file needs beyond the shared fixtures: more deal states, a drawn lottery, … */
async function createDealPageData(strapi: TestCms['strapi']) {
  const docs = strapi.documents;

  const food = await docs('api::category.category').create({
    data: { name: '美食餐饮', slug: 'meishi-canyin', section: 'deal', sortOrder: 1 },
  });
  await docs('api::deal.deal').create({
    data: {
      reviewState: 'approved',
      title: '日料自助晚餐 VIP 专享',
      slug: 'riliao-zizhu-wancan',
      type: 'local',
      dealPrice: 199,
      originalPrice: 399,
      vipPrice: 179,
      vipOnly: true,
      startsAt: inDays(2),
      endsAt: inDays(9),
      minGroupSize: 5,
      stock: 40,
      soldCount: 0,
      terms: '需提前一天电话预约。\n周末及节假日通用。',
      category: food.documentId,
    },
    status: 'published',
  });
  await docs('api::deal.deal').create({
    data: {
      reviewState: 'approved',
      title: '西湖游船双人票',
      slug: 'xihu-youchuan-shuangren',
      type: 'local',
      dealPrice: 60,
      originalPrice: 100,
      startsAt: inDays(-10),
      endsAt: inDays(-2),
      minGroupSize: 10,
      stock: 0,
      soldCount: 8,
    },
    status: 'published',
  });
  await docs('api::lottery.lottery').create({
    data: {
      reviewState: 'approved',
      title: '0元抽 蓝牙耳机',
      slug: '0-yuan-chou-lanya-erji',
      prize: '蓝牙耳机一副',
      entryStartsAt: inDays(-20),
      entryEndsAt: inDays(-10),
      drawAt: inDays(-9),
      winnerCount: 2,
      seed: DRAWN_SEED,
      commitmentHash: createHash('sha256').update(DRAWN_SEED).digest('hex'),
      revealedSeed: DRAWN_SEED,
      winners: [
        { rank: 1, maskedName: '张**', entryNumber: 17 },
        { rank: 2, maskedName: '138****5678', entryNumber: 3 },
      ],
    },
    status: 'published',
  });
  await docs('api::redirect.redirect').create({
    data: {
      fromPath: '/deals/old-hotpot',
      toPath: '/deals/chongqing-laohuoguo-shuangren',
      type: 'temporary',
    },
  });
  await docs('api::redirect.redirect').create({
    data: { fromPath: '/资讯/旧文章', toPath: '/news', type: 'permanent' },
  });
  const logo = await docs('plugin::upload.file').create({
    data: {
      name: 'qixie-logo.png',
      hash: 'qixie_logo_3f2a',
      ext: '.png',
      mime: 'image/png',
      size: 1.2,
      width: 160,
      height: 80,
      url: '/uploads/qixie_logo_3f2a.png',
      provider: 'local',
      folderPath: '/',
    },
  });
  await docs('api::friend-link.friend-link').create({
    data: {
      reviewState: 'approved',
      name: '中国机械网',
      url: 'https://www.jixie.example.cn',
      sortOrder: 2,
      active: true,
      logo: logo.id,
    },
    status: 'published',
  });
  await docs('api::friend-link.friend-link').create({
    data: {
      reviewState: 'approved',
      name: '已停用的网站',
      url: 'https://old.example.cn',
      sortOrder: 3,
      active: false,
    },
    status: 'published',
  });
}

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  await createFixtures(cms.strapi);
  await createDealPageData(cms.strapi);
  site = await startSiteFor(cms);
});

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

/** A page's status and HTML, without the attributes Astro adds to scope component styles. */
async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${site.url}${path}`);
  const html = (await response.text()).replace(/ data-astro-cid-\w+/g, '');
  return { status: response.status, html };
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The text in the first capture of `pattern`: tags as spaces, entities read, spaces collapsed. */
function textOf(html: string, pattern: RegExp): string {
  const match = html.match(pattern);
  if (!match) throw new Error(`Nothing in the page matches ${pattern}`);
  return match[1]
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the deal list', () => {
  it('shows running and upcoming deals with their prices, and leaves ended ones out', async () => {
    const { status, html } = await page('/deals');

    expect(status).toBe(200);
    expect(html).toContain('<title>团购优惠 - 惠久商贸网</title>');
    expect(html).toContain('href="/deals/chongqing-laohuoguo-shuangren"');
    expect(html).toContain('¥128');
    expect(html).toContain('¥238');
    expect(html).toContain('5.3折');
    expect(html).toContain('日料自助晚餐 VIP 专享');
    expect(html).toContain('即将开始');
    expect(html).not.toContain('西湖游船双人票');
    expect(textOf(html, /<header class="deal-catalog-header[^"]*">([\s\S]*?)<\/header>/)).toBe(
      '团购优惠 共 2 个进行中和即将开始的团购',
    );
    expect(html).toContain('href="/deals/c/meishi-canyin"');
    expect(html).toContain('href="/deals/ended"');
  });

  it('narrows to a category of deals', async () => {
    const { status, html } = await page('/deals/c/meishi-canyin');

    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>美食餐饮团购<\/h1>/);
    expect(html).toContain('日料自助晚餐 VIP 专享');
    expect(html).not.toContain('重庆老火锅双人套餐');
  });

  it('keeps ended deals in their own archive', async () => {
    const { status, html } = await page('/deals/ended');

    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>已结束的团购<\/h1>/);
    expect(html).toContain('西湖游船双人票');
    expect(html).toContain('已结束');
    expect(html).not.toContain('重庆老火锅双人套餐');
  });

  it.each(['/deals?page=2', '/deals?page=0', '/deals?page=abc', '/deals/c/no-such-category'])(
    'answers 404 for %s',
    async (path) => {
      const { status, html } = await page(path);

      expect(status).toBe(404);
      expect(html).toContain('<meta name="robots" content="noindex">');
    },
  );
});

describe('a running deal', () => {
  it('shows the prices, discount, group progress, stock and a ticking countdown', async () => {
    const { status, html } = await page('/deals/chongqing-laohuoguo-shuangren');

    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>重庆老火锅双人套餐<\/h1>/);
    expect(textOf(html, /<p class="deal-prices[^"]*">([\s\S]*?)<\/p>/)).toBe(
      '¥128 原价 ¥238 5.3折',
    );
    expect(textOf(html, /<p id="deal-group-status"[^>]*>([\s\S]*?)<\/p>/)).toBe(
      '已团 12 件 · 2 人成团 · 已成团',
    );
    expect(html).toMatch(
      /<progress[^>]* max="2"[^>]* value="2"|<progress[^>]* value="2"[^>]* max="2"/,
    );
    expect(html).toContain('剩余 100 件');
    expect(html).toContain('到店核销');

    const countdown = textOf(html, /<p class="deal-countdown[^"]*"[^>]*>([\s\S]*?)<\/p>/);
    expect(countdown).toMatch(/^距结束还有 (5天23|6天00)小时\d{2}分\d{2}秒$/);
    expect(html).toMatch(/<time[^>]* datetime="\d{4}-\d{2}-\d{2}T[\d:.]+Z"[^>]*>\d+天\d{2}小时/);
  });

  it('names its merchant, leads back through breadcrumbs and asks to log in to join', async () => {
    const { html } = await page('/deals/chongqing-laohuoguo-shuangren');

    expect(html).toContain('href="/merchants/suzhou-hengxin-jingmi"');
    expect(html).toContain('苏州恒信精密机械有限公司');
    expect(html).toContain('已认证');
    expect(textOf(html, /<nav class="breadcrumbs[^"]*"[^>]*>([\s\S]*?)<\/nav>/)).toBe(
      '首页 团购 重庆老火锅双人套餐',
    );
    expect(html).toContain('href="/login?next=/deals/chongqing-laohuoguo-shuangren"');
    expect(html).toContain('登录后参团');
  });
});

describe('an upcoming VIP deal', () => {
  it('counts down to its start and shows the VIP price and terms', async () => {
    const { status, html } = await page('/deals/riliao-zizhu-wancan');

    expect(status).toBe(200);
    expect(textOf(html, /<p class="deal-countdown[^"]*"[^>]*>([\s\S]*?)<\/p>/)).toMatch(
      /^距开始还有 (1天23|2天00)小时\d{2}分\d{2}秒$/,
    );
    expect(html).toContain('VIP 专享');
    expect(textOf(html, /<p class="deal-vip[^"]*">([\s\S]*?)<\/p>/)).toBe(
      'VIP 价 ¥179 了解 VIP 会员',
    );
    expect(html).toContain('本团购仅限 VIP 会员参加');
    expect(html).toContain('已团 0 件 · 5 人成团 · 还差 5 人');
    expect(html).toContain('需提前一天电话预约。\n周末及节假日通用。');
    expect(textOf(html, /<nav class="breadcrumbs[^"]*"[^>]*>([\s\S]*?)<\/nav>/)).toBe(
      '首页 团购 美食餐饮 日料自助晚餐 VIP 专享',
    );
    expect(html).not.toContain('登录后参团');
  });
});

describe('an ended deal', () => {
  it('still answers 200, clearly marked ended, without a countdown or a way to join', async () => {
    const { status, html } = await page('/deals/xihu-youchuan-shuangren');

    expect(status).toBe(200);
    expect(html).toMatch(/<strong[^>]*>已结束<\/strong>/);
    expect(html).toContain('已团 8 件 · 10 人成团 · 未成团');
    expect(html).toContain('6折');
    expect(html).not.toContain('data-countdown');
    expect(html).not.toContain('登录后参团');
    expect(html).toContain('看看正在进行的团购');
  });
});

describe('an unknown deal', () => {
  it.each(['/deals/no-such-deal', '/deals/NOT_A_SLUG'])('answers 404 for %s', async (path) => {
    const { status, html } = await page(path);

    expect(status).toBe(404);
    expect(html).toContain('没有找到这个团购');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});

describe('the lottery', () => {
  it('lists the draws with their state', async () => {
    const { status, html } = await page('/lottery');

    expect(status).toBe(200);
    expect(html).toContain('0元抽 智能电饭煲');
    expect(html).toContain('报名中');
    expect(html).toContain('0元抽 蓝牙耳机');
    expect(html).toContain('已开奖');
    expect(html).toContain('href="/lottery/0-yuan-chou-lanya-erji"');
  });

  it('shows an open draw with its commitment, never its seed, and a way to enter', async () => {
    const { status, html } = await page('/lottery/0-yuan-chou-dianfanbao');

    expect(status).toBe(200);
    expect(html).toContain('智能电饭煲一台');
    expect(html).toContain('3 名');
    expect(html).toContain(`<code>${'f'.repeat(64)}</code>`);
    expect(html).not.toContain(SECRETS.lotterySeed);
    expect(html).not.toContain('中奖名单</h2>');
    expect(textOf(html, /<a class="cta-button[^"]*" href="([^"]+)"/)).toBe(
      '/login?next=/lottery/0-yuan-chou-dianfanbao',
    );
    expect(html).toMatch(/<a class="cta-button[^"]*"[^>]*>\s*登录后参加\s*<\/a>/);
  });

  it('shows a drawn lottery with its winners, the seed and how to check them', async () => {
    const { status, html } = await page('/lottery/0-yuan-chou-lanya-erji');
    const commitment = createHash('sha256').update(DRAWN_SEED).digest('hex');

    expect(status).toBe(200);
    expect(html).toContain('已开奖');
    expect(textOf(html, /<table class="lottery-winners">([\s\S]*?)<\/table>/)).toBe(
      '名次 中奖者 报名编号 第 1 名 张** 17 号 第 2 名 138****5678 3 号',
    );
    // What a visitor checks: the seed shown hashes to the commitment shown.
    const [shownCommitment, shownSeed] = [...html.matchAll(/<dd>\s*<code>([^<]+)<\/code>/g)].map(
      (match) => match[1],
    );
    expect(shownCommitment).toBe(commitment);
    expect(shownSeed).toBe(DRAWN_SEED);
    expect(createHash('sha256').update(shownSeed).digest('hex')).toBe(shownCommitment);
    expect(textOf(html, /<code class="lottery-command">(printf [\s\S]*?)<\/code>/)).toBe(
      `printf '%s' '${DRAWN_SEED}' | sha256sum`,
    );
    expect(html).not.toContain('登录后参加');
  });

  it('answers 404 for an unknown draw', async () => {
    const { status, html } = await page('/lottery/no-such-draw');

    expect(status).toBe(404);
    expect(html).toContain('没有找到这期抽奖');
  });
});

describe('the VIP page', () => {
  it('compares free and VIP members in a table', async () => {
    const { status, html } = await page('/vip');

    expect(status).toBe(200);
    expect(html).toContain('<caption>免费会员与 VIP 会员权益对比</caption>');
    expect(html).toMatch(/<th scope="col">免费会员<\/th>\s*<th scope="col">VIP 会员<\/th>/);
    expect(html).toContain('<th scope="row">VIP 专享团购</th>');
    expect(html).toContain('每月 5 条');
    expect(html).toContain('每月 50 条');
  });
});

describe('the friend links page', () => {
  it('lists the active links with their logos', async () => {
    const { status, html } = await page('/links');

    expect(status).toBe(200);
    expect(html).toContain('href="https://www.steel.example.cn"');
    expect(html).toContain('中国钢铁网');
    expect(html).toContain('href="https://www.jixie.example.cn"');
    expect(html).toMatch(/<img src="\/uploads\/qixie_logo_3f2a\.png"/);
    expect(html).not.toContain('已停用的网站');
  });
});

describe('search', () => {
  it('finds a supply listing by a Chinese word in its title', async () => {
    const { status, html } = await page(`/search?q=${encodeURIComponent('不锈钢')}`);

    expect(status).toBe(200);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<h1[^>]*>“不锈钢”的搜索结果<\/h1>/);
    expect(html).toContain('href="/products/304-buxiugang-ban-xianhuo-gongying"');
    expect(html).toContain('304不锈钢板 现货供应');
    expect(html).toContain('value="不锈钢"');
  });

  it('groups deals, news and merchants', async () => {
    const deals = await page(`/search?q=${encodeURIComponent('火锅')}`);
    const news = await page(`/search?q=${encodeURIComponent('螺纹钢')}`);
    const merchants = await page(`/search?q=${encodeURIComponent('恒信')}`);

    expect(deals.html).toContain('id="search-group-deals"');
    expect(deals.html).toContain('href="/deals/chongqing-laohuoguo-shuangren"');
    expect(news.html).toContain('id="search-group-articles"');
    expect(news.html).toContain('href="/news/shieryue-gangcai-hangqing"');
    expect(merchants.html).toContain('id="search-group-merchants"');
    expect(merchants.html).toContain('href="/merchants/suzhou-hengxin-jingmi"');
  });

  it('never finds unpublished drafts', async () => {
    const { status, html } = await page(`/search?q=${encodeURIComponent('草稿')}`);

    expect(status).toBe(200);
    expect(html).toContain('没有找到与“草稿”相关的内容');
    expect(html).not.toContain('wei-fabu-de-caogao');
  });

  it('shows a prompt when there is nothing to search for', async () => {
    for (const path of ['/search', '/search?q=', `/search?q=${encodeURIComponent('   ')}`]) {
      const { status, html } = await page(path);

      expect(status).toBe(200);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain('输入关键词，一次搜遍供求信息、团购、资讯和商家。');
    }
  });

  it('cuts a long query to 50 characters', async () => {
    const long = `不锈钢${'板'.repeat(60)}`;
    const { status, html } = await page(`/search?q=${encodeURIComponent(long)}`);

    expect(status).toBe(200);
    expect(html).toContain(`value="${long.slice(0, 50)}"`);
    expect(html).toContain('关键词太长，只按前 50 个字搜索。');
  });
});

describe('redirects', () => {
  async function redirectOf(path: string) {
    const response = await fetch(`${site.url}${path}`, { redirect: 'manual' });
    return { status: response.status, location: response.headers.get('location') };
  }

  it('answers a moved path with the status and target editors set', async () => {
    await expect(redirectOf('/old-supply')).resolves.toEqual({ status: 301, location: '/supply' });
    await expect(redirectOf('/old-supply?page=2')).resolves.toEqual({
      status: 301,
      location: '/supply?page=2',
    });
    await expect(redirectOf('/deals/old-hotpot')).resolves.toEqual({
      status: 302,
      location: '/deals/chongqing-laohuoguo-shuangren',
    });
    await expect(
      redirectOf(`/${encodeURIComponent('资讯')}/${encodeURIComponent('旧文章')}`),
    ).resolves.toEqual({ status: 301, location: '/news' });
  });

  it('answers 410 for a page that was public and was taken down, 301 for one that moved', async () => {
    const products = cms.strapi.documents('api::product.product');
    const listing = await products.create({
      data: {
        reviewState: 'approved',
        kind: 'wanted',
        title: '求购二手冷库',
        slug: 'qiugou-lengku',
        region: '山东·寿光',
      },
      status: 'published',
    });
    const moved = await products.create({
      data: {
        reviewState: 'approved',
        kind: 'wanted',
        title: '求购冷藏车',
        slug: 'qiugou-lengcangche',
        region: '山东',
      },
      status: 'published',
    });
    await products.unpublish({ documentId: listing.documentId });
    await renameListing(cms.strapi, moved.documentId, 'qiugou-xiao-lengcangche');

    const gone = await page('/products/qiugou-lengku');

    expect(gone.status).toBe(410);
    expect(gone.html).toContain('这条信息已经下线');
    await expect(redirectOf('/products/qiugou-lengcangche')).resolves.toEqual({
      status: 301,
      location: '/products/qiugou-xiao-lengcangche',
    });
  });

  it('leaves other missing paths a 404', async () => {
    const { status, html } = await page('/never-moved');

    expect(status).toBe(404);
    expect(html).toContain('没有找到这个页面');
  });
});

describe('when the CMS is down', () => {
  // Runs last in this file: it stops the CMS.
  it('answers 503 for deal pages and for paths that might have moved', async () => {
    await cms.stop();

    for (const path of ['/deals', '/deals/chongqing-laohuoguo-shuangren', '/old-supply']) {
      const response = await fetch(`${site.url}${path}`, { redirect: 'manual' });

      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
    }
  });
});
