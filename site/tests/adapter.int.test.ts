import { ensureSiteToken } from '../../cms/src/lib/site-token';
import { createFixtures } from '../../cms/tests/helpers/fixtures';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';

let cms: TestCms;
let adapter: typeof import('../src/lib/cms');

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  await createFixtures(cms.strapi);
  process.env.CMS_URL = cms.url;
  process.env.CMS_API_TOKEN = await ensureSiteToken(cms.strapi, 'read');
  // Loaded after the environment is set: the adapter reads its configuration once.
  adapter = await import('../src/lib/cms');
});

afterAll(async () => {
  await cms?.stop();
});

describe('the CMS adapter', () => {
  it('lists supply listings as cards with their merchant and category', async () => {
    const page = await adapter.listListings({ kind: 'supply' });

    expect(page).toMatchObject({ page: 1, pageCount: 1, total: 1 });
    expect(page.items[0]).toMatchObject({
      slug: '304-buxiugang-ban-xianhuo-gongying',
      title: '304不锈钢板 现货供应',
      price: 15800,
      unit: '吨',
      merchant: { name: '苏州恒信精密机械有限公司', verified: true, tier: 'gold' },
      category: { name: '钢材金属', slug: 'gangcai-jinshu' },
    });
  });

  it('finds a listing by slug and answers null for an unknown or unpublished one', async () => {
    const wanted = await adapter.getListing('qiugou-ershou-wajueji');

    expect(wanted).toMatchObject({ kind: 'wanted', price: null, merchant: null });
    await expect(adapter.getListing('wei-fabu-de-caogao')).resolves.toBeNull();
    await expect(adapter.getListing('no-such-listing')).resolves.toBeNull();
  });

  it('gives a deal its state and discount', async () => {
    const deal = await adapter.getDeal('chongqing-laohuoguo-shuangren');

    expect(deal).toMatchObject({ state: 'running', dealPrice: 128, originalPrice: 238 });
    expect(deal?.discount).toBe(5.3);
  });

  it('turns a redirect entry into its status code', async () => {
    await expect(adapter.findRedirect('/old-supply')).resolves.toEqual({
      to: '/supply',
      status: 301,
    });
    await expect(adapter.findRedirect('/never-moved')).resolves.toBeNull();
  });

  it('lists categories of a section and active friend links', async () => {
    const categories = await adapter.listCategories('supply');
    const links = await adapter.listFriendLinks();

    expect(categories.map((category) => category.slug)).toEqual(['gangcai-jinshu']);
    expect(links).toEqual([
      { name: '中国钢铁网', url: 'https://www.steel.example.cn', logo: null },
    ]);
  });

  it('reports an unreachable CMS with the URL it tried', async () => {
    await cms.stop();

    await expect(adapter.listArticles()).rejects.toMatchObject({
      name: 'CmsUnavailableError',
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/api\/articles\?/),
    });
  });
});
