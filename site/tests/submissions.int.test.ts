import { ensureSiteToken } from '../../cms/src/lib/site-token';
import { createFixtures } from '../../cms/tests/helpers/fixtures';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { startSiteFor, type RunningSite } from './helpers/site-server';
import { visit as visitSite, type Page, type Visit } from './helpers/visit';

/*
 * Members' submissions through the site's forms: what the member sees on the page and on
 * /account, and what the CMS stores (drafts in review, never published).
 */

let cms: TestCms;
let site: RunningSite;
let writeToken: string;

/** Small quotas, set before the site starts so that /vip shows them from its first page. */
const QUOTAS = { listingQuotaBasic: 2, listingQuotaVip: 4 };

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  await createFixtures(cms.strapi);
  await cms.strapi.db.query('api::global.global').updateMany({ where: {}, data: QUOTAS });
  await cms.strapi.documents('api::category.category').create({
    data: { name: '餐饮美食', slug: 'canyin-meishi', section: 'merchant', sortOrder: 1 },
    status: 'published',
  });
  site = await startSiteFor(cms);
  writeToken = await ensureSiteToken(cms.strapi, 'write');
}, 600_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

/** Opens a page of the site under test, or posts a form to it. */
const visit = (path: string, options?: Visit): Promise<Page> => visitSite(site.url, path, options);

let serial = 0;
/** A member signed up through the CMS's route, as the site's sign-up does: session and id. */
async function newMember(displayName: string) {
  serial += 1;
  const response = await fetch(`${cms.url}/api/members/sign-up`, {
    method: 'POST',
    headers: { authorization: `Bearer ${writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      data: {
        displayName,
        email: `site.submitter${serial}@example.cn`,
        password: '白日依山尽黄河入海流欲穷千里目',
      },
    }),
  });
  expect(response.status).toBe(201);
  const { data } = (await response.json()) as { data: { token: string; member: { id: number } } };
  return { session: data.token, id: data.member.id };
}

const fieldError = (html: string, field: string): string | null =>
  html
    .match(new RegExp(`<p class="field-error" id="${field}-error"[^>]*>([^<]*)</p>`))?.[1]
    .trim() ?? null;

const formError = (page: Page): string | null =>
  page.html.match(/<p class="form-error" role="alert"[^>]*>([^<]*)<\/p>/)?.[1].trim() ?? null;

/** Every stored version of the document titled or named so: a draft, and a published copy. */
const stored = (
  uid: 'api::product.product' | 'api::merchant.merchant' | 'api::deal.deal',
  where: Record<string, string>,
) => cms.strapi.db.query(uid).findMany({ where, populate: ['member', 'merchant'] });

const submitEvents = (documentId: string) =>
  cms.strapi.db
    .query('api::review-event.review-event')
    .findMany({ where: { subjectDocumentId: documentId, action: 'submit' } });

/** A `datetime-local` value in China time, `days` from now. */
function chinaLocal(days: number): string {
  const moment = new Date(Date.now() + days * 86_400_000);
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(moment);
  return text.replace(' ', 'T');
}

const listing = (title: string) => ({
  kind: 'wanted',
  title,
  summary: '',
  price: '',
  unit: '',
  minOrder: '',
  region: '广东·佛山',
  category: '',
});

describe('the monthly listing quota', () => {
  it('is read by /vip from the site settings', async () => {
    const page = await visit('/vip');

    expect(page.text).toContain('发布供应、求购信息 每月 2 条 每月 4 条');
  });

  it('shows what is left on the form and on /account, and refuses the next listing beside the form', async () => {
    const { session } = await newMember('佛山陶瓷小黄');

    const blank = await visit('/account/listings/new', { session });
    const first = await visit('/account/listings/new', {
      form: listing('求购仿古砖 八百平方'),
      session,
    });
    const account = await visit('/account', { session });
    await visit('/account/listings/new', { form: listing('求购仿古砖 第二批'), session });
    const full = await visit('/account/listings/new', { session });
    const refused = await visit('/account/listings/new', {
      form: listing('求购仿古砖 第三批'),
      session,
    });

    expect(blank.text).toContain('本月还可发布 2 条');
    expect(first.status).toBe(303);
    expect(account.text).toContain('本月还可发布 1 条');
    expect(account.text).toContain('求购 求购仿古砖 八百平方 审核中');
    expect(full.text).toContain('本月的发布额度已用完');
    expect(refused.status).toBe(429);
    expect(formError(refused)).toMatch(
      /^本月的发布额度已用完：普通会员每月可发布 2 条，\d+月1日起可以继续发布。开通 VIP 会员每月可发布 4 条。$/,
    );
    expect(refused.html).toMatch(/<input id="title"[^>]*value="求购仿古砖 第三批"/);
    expect(await stored('api::product.product', { title: '求购仿古砖 第三批' })).toEqual([]);
  });

  it('gives a VIP member the larger quota', async () => {
    const { session, id } = await newMember('VIP 小邓');
    await cms.strapi.db.query('plugin::users-permissions.user').update({
      where: { id },
      data: { tier: 'vip', vipUntil: new Date(Date.now() + 90 * 86_400_000) },
    });

    const page = await visit('/account', { session });

    expect(page.text).toContain('本月还可发布 4 条 （VIP 会员每月 4 条');
  });
});

describe('a listing in review', () => {
  it('arrives in the CMS as a draft in review, and shows the reviewer’s note when sent back', async () => {
    const { session } = await newMember('顺德家具小梁');
    await visit('/account/listings/new', { form: listing('求购实木餐桌 二十张'), session });
    const [draft] = await stored('api::product.product', { title: '求购实木餐桌 二十张' });
    await cms.strapi.db.query('api::product.product').updateMany({
      where: { documentId: draft.documentId },
      data: { reviewState: 'changes_requested', reviewNote: '请写明桌面尺寸。' },
    });

    const account = await visit('/account', { session });

    expect(draft).toMatchObject({ publishedAt: null, reviewState: 'in_review' });
    expect(await submitEvents(draft.documentId)).toHaveLength(1);
    expect(account.text).toContain('求购实木餐桌 二十张 需修改');
    expect(account.text).toContain('编辑的意见：请写明桌面尺寸。');
  });
});

const APPLICATION = {
  name: '佛山老街私房菜',
  region: '广东·佛山',
  contactPerson: '何师傅',
  phone: '13800138000',
  licenceNumber: '91440600MA4UQ7JX2P',
  category: 'canyin-meishi',
  summary: '顺德菜三十年老字号，招牌双皮奶。',
};

describe('applying as a merchant', () => {
  it('shows a wrong licence number beside the field and keeps what was typed', async () => {
    const { session } = await newMember('填错的何老板');

    const page = await visit('/account/merchant/apply', {
      form: { ...APPLICATION, licenceNumber: '4406001234' },
      session,
    });

    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'licenceNumber')).toBe('营业执照号应为 18 位统一社会信用代码');
    expect(page.html).toMatch(/<input id="name"[^>]*value="佛山老街私房菜"/);
    expect(page.html).toMatch(/<input id="contactPerson"[^>]*value="何师傅"/);
    expect(await stored('api::merchant.merchant', { name: APPLICATION.name })).toEqual([]);
  });

  it('files the application in review, linked to the member, and refuses a second', async () => {
    const { session, id } = await newMember('私房菜何老板');

    const applied = await visit('/account/merchant/apply', { form: APPLICATION, session });
    const account = await visit(applied.headers.get('location') ?? '', { session });
    const again = await visit('/account/merchant/apply', {
      form: { ...APPLICATION, name: '佛山老街私房菜二店' },
      session,
    });
    const merchants = await stored('api::merchant.merchant', { name: APPLICATION.name });
    const publicList = await visit('/merchants');

    expect(applied.status).toBe(303);
    expect(applied.headers.get('location')).toBe('/account?applied=1');
    expect(account.text).toContain('商家入驻申请已提交');
    expect(account.text).toContain('佛山老街私房菜 广东·佛山 审核中');
    expect(account.headers.get('cache-control')).toBe('private, no-store');
    expect(merchants).toHaveLength(1);
    expect(merchants[0]).toMatchObject({
      publishedAt: null,
      reviewState: 'in_review',
      verification: 'pending',
      member: expect.objectContaining({ id }),
    });
    expect(await submitEvents(merchants[0].documentId)).toHaveLength(1);
    expect(again.status).toBe(409);
    expect(again.text).toContain(
      '您的申请“佛山老街私房菜”正在审核中，每位会员同时只能有一份申请。',
    );
    expect(await stored('api::merchant.merchant', { name: '佛山老街私房菜二店' })).toEqual([]);
    expect(publicList.text).not.toContain(APPLICATION.name);
  });

  it('shows 需修改 with the reviewer’s note', async () => {
    const { session } = await newMember('被退回的冯老板');
    await visit('/account/merchant/apply', {
      form: { ...APPLICATION, name: '冯记烧腊' },
      session,
    });
    await cms.strapi.db.query('api::merchant.merchant').updateMany({
      where: { name: '冯记烧腊' },
      data: {
        reviewState: 'changes_requested',
        reviewNote: '营业执照照片不清晰，请补充门店地址。',
      },
    });

    const account = await visit('/account', { session });

    expect(account.text).toContain('冯记烧腊 广东·佛山 需修改');
    expect(account.text).toContain('编辑的意见：营业执照照片不清晰，请补充门店地址。');
  });
});

const PROPOSAL = {
  title: '双皮奶套餐 两人份',
  type: 'local',
  dealPrice: '39.9',
  originalPrice: '68',
  startsAt: chinaLocal(2),
  endsAt: chinaLocal(30),
  minGroupSize: '2',
  stock: '200',
  summary: '双皮奶两份、姜撞奶一份。',
};

describe('proposing a group-buy', () => {
  it('explains to a member without an approved merchant how to become one', async () => {
    const { session } = await newMember('还没开店的小陈');

    const page = await visit('/account/deals/new', { session });
    const posted = await visit('/account/deals/new', { form: PROPOSAL, session });

    expect(page.status).toBe(200);
    expect(page.text).toContain('发起团购需要先成为认证商家。');
    expect(page.html).toMatch(/<a href="\/account\/merchant\/apply"[^>]*>申请商家入驻<\/a>/);
    expect(page.html).not.toContain('<form method="post" class="form-card"');
    expect(posted.status).toBe(403);
    expect(await stored('api::deal.deal', { title: PROPOSAL.title })).toEqual([]);
  });

  it('files a merchant’s proposal in review under their merchant, after errors beside the fields', async () => {
    const { session } = await newMember('甜品店老板娘');
    await visit('/account/merchant/apply', {
      form: { ...APPLICATION, name: '老板娘甜品屋' },
      session,
    });
    const [merchant] = await stored('api::merchant.merchant', { name: '老板娘甜品屋' });
    await cms.strapi.db.query('api::merchant.merchant').updateMany({
      where: { documentId: merchant.documentId },
      data: { reviewState: 'approved' },
    });

    const account = await visit('/account', { session });
    const badPrice = await visit('/account/deals/new', {
      form: { ...PROPOSAL, dealPrice: '88' },
      session,
    });
    const proposed = await visit('/account/deals/new', { form: PROPOSAL, session });
    const afterwards = await visit(proposed.headers.get('location') ?? '', { session });
    const [deal] = await stored('api::deal.deal', { title: PROPOSAL.title });
    const deals = await visit('/deals');

    expect(account.html).toMatch(/<a href="\/account\/deals\/new"[^>]*>发起团购<\/a>/);
    expect(account.text).toContain('老板娘甜品屋 广东·佛山 已通过');
    expect(badPrice.status).toBe(400);
    expect(fieldError(badPrice.html, 'dealPrice')).toBe('团购价必须低于原价');
    expect(badPrice.html).toMatch(/<input id="title"[^>]*value="双皮奶套餐 两人份"/);
    expect(badPrice.html).toMatch(
      new RegExp(`<input id="startsAt"[^>]*value="${PROPOSAL.startsAt}"`),
    );
    expect(proposed.status).toBe(303);
    expect(proposed.headers.get('location')).toBe('/account?proposed=1');
    expect(afterwards.text).toContain('团购已提交。');
    expect(afterwards.text).toContain('到店核销 双皮奶套餐 两人份 审核中');
    expect(deal).toMatchObject({
      publishedAt: null,
      reviewState: 'in_review',
      dealPrice: expect.anything(),
      merchant: expect.objectContaining({ documentId: merchant.documentId }),
    });
    expect(Number(deal.dealPrice)).toBe(39.9);
    // The form's times are China time, whatever the server's own zone.
    expect(new Date(deal.startsAt).toISOString()).toBe(
      new Date(`${PROPOSAL.startsAt}:00+08:00`).toISOString(),
    );
    expect(await submitEvents(deal.documentId)).toHaveLength(1);
    expect(deals.text).not.toContain(PROPOSAL.title);
  });
});
