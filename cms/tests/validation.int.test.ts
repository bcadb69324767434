import request from 'supertest';

import { loginAsSuperAdmin } from './helpers/admin';
import { startTestCms, type TestCms } from './helpers/test-cms';

let cms: TestCms;
let adminToken: string;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const validDeal = {
  title: '江南春色 西湖游船双人票',
  type: 'local',
  dealPrice: 88,
  originalPrice: 160,
  startsAt: inDays(0),
  endsAt: inDays(10),
  minGroupSize: 2,
  stock: 50,
  soldCount: 0,
};

/** Creates a deal through the admin's content manager, as an editor's save does. */
function saveDealInAdmin(data: Record<string, unknown>) {
  return request(cms.strapi.server.httpServer)
    .post('/content-manager/collection-types/api::deal.deal')
    .set('Authorization', `Bearer ${adminToken}`)
    .send(data);
}

const countDeals = () => cms.strapi.db.query('api::deal.deal').count();

beforeAll(async () => {
  cms = await startTestCms();
  adminToken = await loginAsSuperAdmin(cms.strapi);
});

afterAll(async () => {
  await cms?.stop();
});

describe('saving a deal in the admin', () => {
  it('stores a valid deal and makes a readable slug from its Chinese title', async () => {
    const response = await saveDealInAdmin(validDeal);

    expect(response.status).toBe(201);
    expect(response.body.data.slug).toBe('jiangnan-chunse-xihu-youchuan-shuang-ren-piao');
  });

  it.each([
    [{ dealPrice: 200 }, ['dealPrice'], '团购价必须低于原价'],
    [{ dealPrice: -1 }, ['dealPrice'], '团购价不能为负数'],
    [{ endsAt: inDays(-1) }, ['endsAt'], '结束时间必须晚于开始时间'],
    [{ vipPrice: 99 }, ['vipPrice'], 'VIP 价不能高于团购价'],
    [{ stock: 1.5 }, ['stock'], '库存必须是整数'],
    [{ title: '短' }, ['title'], '团购标题至少要 4 个字'],
    [
      { slug: 'Not A Slug' },
      ['slug'],
      '网址别名只能包含小写字母、数字和连字符，例如 ershou-wajueji',
    ],
  ])('refuses %j with 400 naming the field, and stores nothing', async (change, path, message) => {
    const before = await countDeals();

    const response = await saveDealInAdmin({ ...validDeal, ...change });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(message);
    expect(response.body.error.details.errors).toEqual([
      { path, message, name: 'ValidationError' },
    ]);
    expect(await countDeals()).toBe(before);
  });

  it('checks an edit against the stored values it does not change', async () => {
    const created = await saveDealInAdmin({ ...validDeal, title: '太湖三白 家宴套餐' });
    const { documentId } = created.body.data;

    const response = await request(cms.strapi.server.httpServer)
      .put(`/content-manager/collection-types/api::deal.deal/${documentId}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ originalPrice: 50 });
    const stored = await cms.strapi
      .documents('api::deal.deal')
      .findOne({ documentId, status: 'draft' });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['dealPrice']);
    expect(stored?.originalPrice).toBe(160);
  });
});

describe('writes from code go through the same rules', () => {
  it('refuses a lottery whose revealed seed does not match its commitment', async () => {
    const attempt = cms.strapi.documents('api::lottery.lottery').create({
      data: {
        title: '0元抽 蓝牙耳机',
        slug: '0-yuan-chou-lanya-erji',
        prize: '蓝牙耳机一副',
        entryStartsAt: inDays(-10),
        entryEndsAt: inDays(-3),
        drawAt: inDays(-2),
        winnerCount: 1,
        commitmentHash: '0'.repeat(64),
        revealedSeed: 'not-the-committed-seed',
      },
    });

    await expect(attempt).rejects.toMatchObject({
      details: { errors: [{ path: ['revealedSeed'] }] },
    });
  });

  it('refuses a redirect with nowhere to go unless it marks the path gone', async () => {
    const redirects = cms.strapi.documents('api::redirect.redirect');

    // Awaited before the next write: a rejection left pending while another query runs is
    // reported as unhandled.
    await expect(
      redirects.create({ data: { fromPath: '/supply/old-steel', type: 'permanent' } }),
    ).rejects.toMatchObject({ details: { errors: [{ path: ['toPath'] }] } });
    const gone = await redirects.create({ data: { fromPath: '/supply/old-steel', type: 'gone' } });

    expect(gone).toMatchObject({ fromPath: '/supply/old-steel', type: 'gone', toPath: null });
  });

  it('gives a second listing with the same title its own slug', async () => {
    const products = cms.strapi.documents('api::product.product');
    const data = { kind: 'wanted' as const, title: '求购 废旧铜线', region: '浙江·宁波' };

    const first = await products.create({ data: data as typeof data & { slug: string } });
    const second = await products.create({ data: data as typeof data & { slug: string } });

    expect(first.slug).toBe('qiu-gou-fei-jiu-tong-xian');
    expect(second.slug).toBe('qiu-gou-fei-jiu-tong-xian-2');
  });
});

describe('the admin for Chinese-speaking editors', () => {
  it('labels the fields of a deal in Chinese and names deals by their title', async () => {
    const response = await request(cms.strapi.server.httpServer)
      .get('/content-manager/content-types/api::deal.deal/configuration')
      .set('Authorization', `Bearer ${adminToken}`);

    const { settings, metadatas } = response.body.data.contentType;
    expect(response.status).toBe(200);
    expect(settings.mainField).toBe('title');
    expect(metadatas.dealPrice.edit.label).toBe('团购价（元）');
    expect(metadatas.endsAt.list.label).toBe('结束时间');
  });

  it('labels the SEO fields in Chinese, saying what each does on the page', async () => {
    const response = await request(cms.strapi.server.httpServer)
      .get('/content-manager/components/shared.seo/configuration')
      .set('Authorization', `Bearer ${adminToken}`);

    const { metadatas } = response.body.data.component;
    expect(response.status).toBe(200);
    expect(metadatas.metaTitle.edit.label).toBe('SEO 标题（整句照用，不套标题模板）');
    expect(metadatas.structuredData.edit.label).toBe('结构化数据（JSON-LD，填写后替换自动生成的）');
  });
});
