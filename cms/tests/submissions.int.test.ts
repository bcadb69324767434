import request from 'supertest';

import { ensureSiteToken } from '../src/lib/site-token';
import { createFixtures } from './helpers/fixtures';
import { startTestCms, type TestCms } from './helpers/test-cms';

/*
 * What members submit from the site (listings, merchant applications, deal proposals) arrives
 * as drafts in review, with a `submit` in the review history, and is never published here.
 */

let cms: TestCms;
let writeToken: string;
let merchantCategory: string;

const http = () => request(cms.strapi.server.httpServer);

function asSite(method: 'get' | 'post', path: string, session?: string) {
  const call = http()[method](path).set('Authorization', `Bearer ${writeToken}`);
  return session ? call.set('x-member-session', session) : call;
}

const account = (session: string) => asSite('get', '/api/members/me', session);
const postListing = (session: string, data: Record<string, unknown>) =>
  asSite('post', '/api/members/me/listings', session).send({ data });
const apply = (session: string, data: Record<string, unknown>) =>
  asSite('post', '/api/members/me/merchant-applications', session).send({ data });
const propose = (session: string, data: Record<string, unknown>) =>
  asSite('post', '/api/members/me/deals', session).send({ data });

let serial = 0;
/** A member signed up through the site's route: their session and stored id. */
async function newMember(displayName: string) {
  serial += 1;
  const response = await asSite('post', '/api/members/sign-up').send({
    data: {
      displayName,
      email: `submitter${serial}@example.cn`,
      password: 'dongfeng-yeyu-2026-chun',
    },
  });
  expect(response.status).toBe(201);
  const { token, member } = response.body.data as { token: string; member: { id: number } };
  return { session: token, id: member.id };
}

const wantedListing = (title: string) => ({ kind: 'wanted', title, region: '山东·潍坊' });

const setQuotas = (listingQuotaBasic: number | null, listingQuotaVip: number | null) =>
  cms.strapi.db
    .query('api::global.global')
    .updateMany({ where: {}, data: { listingQuotaBasic, listingQuotaVip } });

const makeVip = (id: number, vipUntil: Date) =>
  cms.strapi.db
    .query('plugin::users-permissions.user')
    .update({ where: { id }, data: { tier: 'vip', vipUntil } });

/** Every version of a document: one draft row, and a second once it is published. */
const versions = (
  uid: 'api::product.product' | 'api::merchant.merchant' | 'api::deal.deal',
  documentId: string,
) => cms.strapi.db.query(uid).findMany({ where: { documentId }, populate: ['member', 'merchant'] });

const historyOf = (documentId: string) =>
  cms.strapi.db
    .query('api::review-event.review-event')
    .findMany({ where: { subjectDocumentId: documentId }, orderBy: { id: 'asc' } });

/** The 1st of next month in China, as the refusal words it: 1月1日. */
function nextMonthInChina(): string {
  const month = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(
      new Date(),
    ),
  );
  return `${(month % 12) + 1}月1日`;
}

const APPLICATION = {
  name: '潍坊鸿运农机有限公司',
  region: '山东·潍坊',
  contactPerson: '赵建国',
  phone: '0536-8123456',
  licenceNumber: '91370700MA3C8K2L4X',
  summary: '拖拉机、播种机等农机销售与维修。',
};

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const PROPOSAL = {
  title: '农机保养套餐 五折体验',
  type: 'local',
  dealPrice: 199,
  originalPrice: 398,
  startsAt: inDays(3),
  endsAt: inDays(33),
  minGroupSize: 3,
  stock: 50,
  summary: '含机油、滤芯更换和全车检查。',
};

beforeAll(async () => {
  cms = await startTestCms();
  await createFixtures(cms.strapi);
  writeToken = await ensureSiteToken(cms.strapi, 'write');
  const category = await cms.strapi.documents('api::category.category').create({
    data: { name: '农机农资', slug: 'nongji-nongzi', section: 'merchant', sortOrder: 1 },
    status: 'published',
  });
  merchantCategory = category.slug as string;
});

afterAll(async () => {
  await cms?.stop();
});

describe('a listing a member posts', () => {
  it('arrives as a draft in review, with the submission in its history', async () => {
    const { session } = await newMember('潍坊老赵');

    const posted = await postListing(session, wantedListing('求购二手拖拉机一台'));
    const stored = await versions('api::product.product', posted.body.data.documentId);
    const history = await historyOf(posted.body.data.documentId);
    const mine = await account(session);

    expect(posted.status).toBe(201);
    expect(posted.body.data).toMatchObject({
      title: '求购二手拖拉机一台',
      status: 'draft',
      reviewState: 'in_review',
      reviewNote: null,
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ publishedAt: null, reviewState: 'in_review' });
    expect(history).toEqual([
      expect.objectContaining({
        subjectType: 'api::product.product',
        subjectTitle: '求购二手拖拉机一台',
        action: 'submit',
        fromState: null,
        toState: 'in_review',
        actorId: null,
        actorName: '会员 潍坊老赵',
        actorEmail: null,
      }),
    ]);
    expect(mine.body.data.listings).toEqual([posted.body.data]);
  });

  it('shows the member the reviewer’s note once changes are requested', async () => {
    const { session } = await newMember('寿光菜农');
    const posted = await postListing(session, wantedListing('求购大棚保温被 两百米'));
    await cms.strapi.db.query('api::product.product').updateMany({
      where: { documentId: posted.body.data.documentId },
      data: { reviewState: 'changes_requested', reviewNote: '请写明保温被的宽度和厚度。' },
    });

    const mine = await account(session);

    expect(mine.body.data.listings[0]).toMatchObject({
      status: 'draft',
      reviewState: 'changes_requested',
      reviewNote: '请写明保温被的宽度和厚度。',
    });
  });
});

describe('the monthly listing quota', () => {
  afterAll(() => setQuotas(5, 50));

  it('refuses a basic member’s listing beyond the quota, saying how many and until when', async () => {
    await setQuotas(2, 3);
    const { session } = await newMember('青州小刘');

    const first = await postListing(session, wantedListing('求购花卉种苗 第一批'));
    const second = await postListing(session, wantedListing('求购花卉种苗 第二批'));
    const third = await postListing(session, wantedListing('求购花卉种苗 第三批'));
    const mine = await account(session);

    expect([first.status, second.status]).toEqual([201, 201]);
    expect(third.status).toBe(429);
    expect(third.body.error.message).toBe(
      `本月的发布额度已用完：普通会员每月可发布 2 条，${nextMonthInChina()}起可以继续发布。` +
        '开通 VIP 会员每月可发布 3 条。',
    );
    expect(third.body.error.details).toMatchObject({ code: 'listing-quota', limit: 2, used: 2 });
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect(mine.body.data.listings).toHaveLength(2);
    expect(mine.body.data.listingQuota).toEqual({
      limit: 2,
      used: 2,
      remaining: 0,
      vip: false,
      resetsAt: expect.any(String),
    });
    // Midnight in China is 16:00 UTC the day before.
    expect(mine.body.data.listingQuota.resetsAt).toMatch(/T16:00:00\.000Z$/);
  });

  it('does not count listings from last month', async () => {
    await setQuotas(1, 3);
    const { session } = await newMember('临朐小孙');
    const old = await postListing(session, wantedListing('求购山楂 去年的信息'));
    await cms.strapi.db.query('api::product.product').updateMany({
      where: { documentId: old.body.data.documentId },
      data: { createdAt: new Date(Date.now() - 40 * 86_400_000) },
    });

    const now = await postListing(session, wantedListing('求购山楂 本月的信息'));

    expect(now.status).toBe(201);
  });

  it('gives a VIP member the larger quota, and a lapsed VIP the basic one', async () => {
    await setQuotas(1, 3);
    const vip = await newMember('VIP 老周');
    const lapsed = await newMember('过期的老吴');
    await makeVip(vip.id, new Date(Date.now() + 30 * 86_400_000));
    await makeVip(lapsed.id, new Date(Date.now() - 86_400_000));

    const vipPosts = [];
    for (const n of ['一', '二', '三', '四']) {
      vipPosts.push(await postListing(vip.session, wantedListing(`求购苹果苗 第${n}批`)));
    }
    const lapsedPosts = [
      await postListing(lapsed.session, wantedListing('求购梨树苗 第一批')),
      await postListing(lapsed.session, wantedListing('求购梨树苗 第二批')),
    ];

    expect(vipPosts.map((response) => response.status)).toEqual([201, 201, 201, 429]);
    expect(vipPosts[3].body.error.message).toBe(
      `本月的发布额度已用完：VIP 会员每月可发布 3 条，${nextMonthInChina()}起可以继续发布。`,
    );
    expect(lapsedPosts.map((response) => response.status)).toEqual([201, 429]);
    expect(lapsedPosts[1].body.error.message).toContain('普通会员每月可发布 1 条');
  });
});

describe('a merchant application', () => {
  it('arrives as a merchant draft in review, linked to the member, kept off the public API', async () => {
    const member = await newMember('鸿运农机老板');

    const applied = await apply(member.session, { ...APPLICATION, category: merchantCategory });
    const stored = await versions('api::merchant.merchant', applied.body.data.documentId);
    const history = await historyOf(applied.body.data.documentId);
    const mine = await account(member.session);
    const publicList = await http()
      .get('/api/merchants')
      .query({ 'filters[name]': APPLICATION.name });

    expect(applied.status).toBe(201);
    expect(applied.body.data).toMatchObject({
      name: APPLICATION.name,
      region: '山东·潍坊',
      status: 'draft',
      reviewState: 'in_review',
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      publishedAt: null,
      reviewState: 'in_review',
      verification: 'pending',
      licenceNumber: APPLICATION.licenceNumber,
      contactPerson: '赵建国',
      member: expect.objectContaining({ id: member.id }),
    });
    expect(history).toEqual([
      expect.objectContaining({
        action: 'submit',
        toState: 'in_review',
        actorName: '会员 鸿运农机老板',
      }),
    ]);
    expect(mine.body.data.merchantApplications).toEqual([applied.body.data]);
    expect(publicList.body.data).toEqual([]);
  });

  it('is refused a second time while the first waits, and nothing is stored', async () => {
    const member = await newMember('申请两次的老钱');
    const merchants = () => cms.strapi.db.query('api::merchant.merchant').count();
    const first = await apply(member.session, {
      ...APPLICATION,
      name: '老钱五金商行',
      category: merchantCategory,
    });
    const before = await merchants();

    const second = await apply(member.session, {
      ...APPLICATION,
      name: '老钱五金二店',
      category: merchantCategory,
    });

    expect(first.status).toBe(201);
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      message:
        '您已经提交过商家入驻申请，正在审核中。审核有结果后会显示在“我的账户”里，请耐心等待。',
      details: { code: 'application-pending' },
    });
    expect(await merchants()).toBe(before);
  });

  it('takes corrections into the same document once changes are requested', async () => {
    const member = await newMember('被退回的老郑');
    const first = await apply(member.session, {
      ...APPLICATION,
      name: '老郑粮油店',
      category: merchantCategory,
    });
    const documentId = first.body.data.documentId as string;
    await cms.strapi.db.query('api::merchant.merchant').updateMany({
      where: { documentId },
      data: { reviewState: 'changes_requested', reviewNote: '请填写执照上的全称。' },
    });
    const returned = await account(member.session);

    const corrected = await apply(member.session, {
      ...APPLICATION,
      name: '潍坊老郑粮油有限公司',
      category: merchantCategory,
    });
    const stored = await versions('api::merchant.merchant', documentId);
    const history = await historyOf(documentId);

    expect(returned.body.data.merchantApplications[0]).toMatchObject({
      reviewState: 'changes_requested',
      reviewNote: '请填写执照上的全称。',
    });
    expect(corrected.status).toBe(201);
    expect(corrected.body.data).toMatchObject({ documentId, reviewState: 'in_review' });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name: '潍坊老郑粮油有限公司', reviewState: 'in_review' });
    expect(history.map((event) => [event.fromState, event.toState])).toEqual([
      [null, 'in_review'],
      ['changes_requested', 'in_review'],
    ]);
  });

  it('names the wrong field, with the shared rules', async () => {
    const member = await newMember('填错执照的老孙');

    const response = await apply(member.session, {
      ...APPLICATION,
      licenceNumber: '12345',
      category: merchantCategory,
    });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['licenceNumber'],
      message: '营业执照号应为 18 位统一社会信用代码',
    });
  });
});

describe('a deal proposal', () => {
  it('is refused with an explanation to a member without an approved merchant', async () => {
    const waiting = await newMember('还在审核的老马');
    await apply(waiting.session, {
      ...APPLICATION,
      name: '老马汽修厂',
      category: merchantCategory,
    });
    const deals = () => cms.strapi.db.query('api::deal.deal').count();
    const before = await deals();

    const withoutMerchant = await propose((await newMember('没有商家的小李')).session, PROPOSAL);
    const inReview = await propose(waiting.session, PROPOSAL);

    for (const response of [withoutMerchant, inReview]) {
      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({
        message:
          '发起团购需要先成为认证商家：请先提交商家入驻申请，审核通过后就可以在这里发起团购了。',
        details: { code: 'no-merchant' },
      });
    }
    expect(await deals()).toBe(before);
  });

  it('arrives as a deal draft in review under the member’s approved merchant', async () => {
    const owner = await newMember('农机店店主');
    const applied = await apply(owner.session, {
      ...APPLICATION,
      name: '店主农机维修中心',
      category: merchantCategory,
    });
    const merchantId = applied.body.data.documentId as string;
    // As a reviewer approves it; the review flow's own code is another part's business.
    await cms.strapi.db
      .query('api::merchant.merchant')
      .updateMany({ where: { documentId: merchantId }, data: { reviewState: 'approved' } });

    const badPrice = await propose(owner.session, { ...PROPOSAL, dealPrice: 500 });
    const proposed = await propose(owner.session, PROPOSAL);
    const stored = await versions('api::deal.deal', proposed.body.data.documentId);
    const history = await historyOf(proposed.body.data.documentId);
    const mine = await account(owner.session);
    const publicList = await http().get('/api/deals').query({ 'filters[title]': PROPOSAL.title });

    expect(badPrice.status).toBe(400);
    expect(badPrice.body.error.details.errors[0]).toMatchObject({
      path: ['dealPrice'],
      message: '团购价必须低于原价',
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body.data).toMatchObject({
      title: PROPOSAL.title,
      type: 'local',
      status: 'draft',
      reviewState: 'in_review',
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      publishedAt: null,
      reviewState: 'in_review',
      soldCount: 0,
      stock: 50,
      region: '山东·潍坊',
      merchant: expect.objectContaining({ documentId: merchantId }),
    });
    expect(history).toEqual([
      expect.objectContaining({
        action: 'submit',
        toState: 'in_review',
        actorName: '会员 农机店店主',
      }),
    ]);
    expect(mine.body.data.dealProposals).toEqual([proposed.body.data]);
    expect(mine.body.data.merchantApplications[0]).toMatchObject({ reviewState: 'approved' });
    expect(publicList.body.data).toEqual([]);
  });
});
