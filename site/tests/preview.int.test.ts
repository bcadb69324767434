import type { Core } from '@strapi/strapi';
import { signPreviewToken } from '@huijiu/shared/preview-token';

import { createFixtures, SECRETS, type Fixtures } from '../../cms/tests/helpers/fixtures';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { startSiteFor, type RunningSite } from './helpers/site-server';

let cms: TestCms;
let site: RunningSite;
let fixtures: Fixtures;
let draftDeal: { documentId: string };

const DRAFT_TITLE = '草稿：海鲜自助晚餐双人券';
const DRAFT_SLUG = 'caogao-haixian-zizhu-wancan';
const REVIEW_NOTE = '价格待商家确认，先别发布';
const BANNER = '预览：草稿内容，尚未发布';
const EXPIRED_MESSAGE = '预览链接已失效，请回到后台重新打开预览';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  fixtures = await createFixtures(cms.strapi);
  // Saved as a draft and never published: only a preview link may show it.
  draftDeal = await cms.strapi.documents('api::deal.deal').create({
    data: {
      title: DRAFT_TITLE,
      slug: DRAFT_SLUG,
      type: 'local',
      dealPrice: 298,
      originalPrice: 598,
      startsAt: inDays(1),
      endsAt: inDays(8),
      minGroupSize: 2,
      stock: 50,
      soldCount: 0,
      reviewNote: REVIEW_NOTE,
      merchant: fixtures.merchant.documentId,
    },
  });
  site = await startSiteFor(cms);
});

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

type PreviewHandler = (
  uid: string,
  params: { documentId: string; locale?: string; status?: string },
) => Promise<string | null> | string | null;

/** The handler Strapi's admin calls when an editor opens the preview panel. */
function previewHandler(strapi: Core.Strapi): PreviewHandler {
  const preview = strapi.config.get('admin.preview') as {
    enabled: boolean;
    config: { handler: PreviewHandler };
  };
  expect(preview.enabled).toBe(true);
  return preview.config.handler;
}

const previewSecret = () => process.env.PREVIEW_SECRET as string;

/** The address the admin would open, moved onto the test site's own origin. */
async function previewPathFor(uid: string, documentId: string, status = 'draft'): Promise<string> {
  const url = await previewHandler(cms.strapi)(uid, { documentId, status });
  if (!url) throw new Error(`no preview address for ${uid}`);
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
}

async function get(path: string) {
  const response = await fetch(`${site.url}${path}`);
  const html = (await response.text()).replace(/ data-astro-cid-\w+/g, '');
  return { status: response.status, headers: response.headers, html };
}

/** A token's payload with one field changed, keeping the original signature. */
function withDocumentId(token: string, documentId: string): string {
  const [payload, signature] = token.split('.');
  const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as object;
  const changed = Buffer.from(JSON.stringify({ ...grant, documentId })).toString('base64url');
  return `${changed}.${signature}`;
}

const tokenOf = (path: string) => new URLSearchParams(path.split('?')[1]).get('token') as string;

describe('the admin preview handler', () => {
  it('points a deal at the site preview route with a signed token', async () => {
    const url = await previewHandler(cms.strapi)('api::deal.deal', {
      documentId: draftDeal.documentId,
      status: 'draft',
    });

    expect(url).toMatch(/^http:\/\/localhost:4321\/preview\?token=[\w-]+\.[\w-]+$/);
  });

  it('offers no preview for friend links, which have no page, nor for other types', async () => {
    const handler = previewHandler(cms.strapi);

    expect(
      await handler('api::friend-link.friend-link', {
        documentId: fixtures.friendLink.documentId,
        status: 'draft',
      }),
    ).toBeNull();
    expect(await handler('api::global.global', { documentId: 'x', status: 'draft' })).toBeNull();
    expect(await handler('plugin::users-permissions.user', { documentId: 'x' })).toBeNull();
  });

  it('lets the admin frame the site: the CMS allows its origin in frame-src', async () => {
    const response = await fetch(`${cms.url}/_health`);

    expect(response.headers.get('content-security-policy')).toMatch(
      /frame-src [^;]*http:\/\/localhost:4321/,
    );
  });
});

describe('the preview page', () => {
  it('renders a never-published draft with a banner, noindex and no-store', async () => {
    const path = await previewPathFor('api::deal.deal', draftDeal.documentId);

    const page = await get(path);

    expect(page.status).toBe(200);
    expect(page.html).toContain(`<h1>${DRAFT_TITLE}</h1>`);
    expect(page.html).toContain(BANNER);
    expect(page.html).toContain('<meta name="robots" content="noindex">');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    expect(page.headers.get('x-robots-tag')).toBe('noindex');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    // Opened inside the admin's frame, so nothing on the site may forbid framing.
    expect(page.headers.get('x-frame-options')).toBeNull();
    expect(page.html).not.toContain(REVIEW_NOTE);
  });

  it('shows the draft of a published listing, not what is live', async () => {
    const draft = await get(
      await previewPathFor('api::product.product', fixtures.supply.documentId),
    );
    const live = await get(
      await previewPathFor('api::product.product', fixtures.supply.documentId, 'published'),
    );

    expect(draft.html).toContain('<h1>草稿标题 尚未审核</h1>');
    expect(live.html).toContain('<h1>304不锈钢板 现货供应</h1>');
    expect(live.html).not.toContain('草稿标题 尚未审核');
  });

  it.each([
    ['a news article', 'api::article.article', 'article', '十二月钢材行情回顾'],
    ['a merchant', 'api::merchant.merchant', 'merchant', '苏州恒信精密机械有限公司'],
    ['a lottery', 'api::lottery.lottery', 'lottery', '0元抽 智能电饭煲'],
  ] as const)('renders %s with its own page', async (_what, uid, fixture, heading) => {
    const path = await previewPathFor(uid, fixtures[fixture].documentId);

    const page = await get(path);

    expect(page.status).toBe(200);
    expect(page.html).toContain(BANNER);
    expect(page.html).toContain(`<h1>${heading}</h1>`);
  });

  it('keeps the draft off its public address', async () => {
    const page = await get(`/deals/${DRAFT_SLUG}`);

    expect(page.status).toBe(404);
    expect(page.html).not.toContain(DRAFT_TITLE);
  });

  it('shows the published version, marked as such, for a published token', async () => {
    const path = await previewPathFor('api::deal.deal', fixtures.deal.documentId, 'published');

    const page = await get(path);

    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>重庆老火锅双人套餐</h1>');
    expect(page.html).toContain('预览：已发布的版本');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
  });

  it('answers 404 for the published version of a draft that never was', async () => {
    const page = await get(
      await previewPathFor('api::deal.deal', draftDeal.documentId, 'published'),
    );

    expect(page.status).toBe(404);
    expect(page.html).toContain('找不到要预览的内容');
    expect(page.html).not.toContain(DRAFT_TITLE);
  });

  it.each([
    [
      'names another document',
      async () =>
        withDocumentId(
          tokenOf(await previewPathFor('api::deal.deal', fixtures.deal.documentId)),
          draftDeal.documentId,
        ),
    ],
    [
      'has a changed signature',
      async () => {
        const token = tokenOf(await previewPathFor('api::deal.deal', draftDeal.documentId));
        return `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
      },
    ],
    [
      'expired',
      async () =>
        signPreviewToken(
          { uid: 'api::deal.deal', documentId: draftDeal.documentId, status: 'draft' },
          previewSecret(),
          { now: new Date(Date.now() - 11 * 60_000) },
        ),
    ],
    [
      'was signed with another secret',
      async () =>
        signPreviewToken(
          { uid: 'api::deal.deal', documentId: draftDeal.documentId, status: 'draft' },
          'bm90LXRoZS1zaXRlcy1zZWNyZXQ',
        ),
    ],
    ['is missing', async () => ''],
  ])('answers 403 and shows nothing of the draft when the token %s', async (_case, token) => {
    const page = await get(`/preview?token=${encodeURIComponent(await token())}`);

    expect(page.status).toBe(403);
    expect(page.html).toContain(EXPIRED_MESSAGE);
    expect(page.html).not.toContain(DRAFT_TITLE);
    expect(page.html).not.toContain(BANNER);
    expect(page.html).toContain('<meta name="robots" content="noindex">');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('the CMS preview route', () => {
  const api = (query = '') => fetch(`${cms.url}/api/preview${query}`);

  it('refuses without a token', async () => {
    const response = await api();

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      data: null,
      error: {
        status: 401,
        name: 'UnauthorizedError',
        message: 'A preview token is required.',
        details: { code: 'missing' },
      },
    });
  });

  it('refuses a forged or expired token without leaking the draft', async () => {
    const token = tokenOf(await previewPathFor('api::deal.deal', fixtures.deal.documentId));
    const expired = signPreviewToken(
      { uid: 'api::deal.deal', documentId: draftDeal.documentId, status: 'draft' },
      previewSecret(),
      { now: new Date(Date.now() - 11 * 60_000) },
    );

    const forged = await api(`?token=${withDocumentId(token, draftDeal.documentId)}`);
    const late = await api(`?token=${expired}`);

    expect(forged.status).toBe(403);
    expect((await forged.json()).error).toMatchObject({ details: { code: 'invalid' } });
    expect(late.status).toBe(403);
    const lateBody = await late.text();
    expect(JSON.parse(lateBody).error).toMatchObject({ details: { code: 'expired' } });
    expect(lateBody).not.toContain(DRAFT_TITLE);
  });

  it('serves the draft with the public populate and without private fields', async () => {
    const token = tokenOf(await previewPathFor('api::deal.deal', draftDeal.documentId));

    const response = await api(`?token=${token}`);
    const body = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const { data, meta } = JSON.parse(body);
    expect(meta).toEqual({
      uid: 'api::deal.deal',
      documentId: draftDeal.documentId,
      status: 'draft',
    });
    expect(data).toMatchObject({ title: DRAFT_TITLE, publishedAt: null });
    expect(data.merchant).toMatchObject({ slug: fixtures.merchant.slug });
    expect(Object.keys(data.merchant).sort()).toEqual(
      ['documentId', 'id', 'logo', 'name', 'region', 'slug', 'tier', 'verification'].sort(),
    );
    expect(body).not.toContain(REVIEW_NOTE);
    expect(body).not.toContain(SECRETS.licenceNumber);
  });

  it("keeps a lottery's seed out of its draft", async () => {
    const token = tokenOf(
      await previewPathFor('api::lottery.lottery', fixtures.lottery.documentId),
    );

    const response = await api(`?token=${token}`);
    const body = await response.text();

    expect(response.status).toBe(200);
    expect(JSON.parse(body).data.title).toBe('0元抽 智能电饭煲');
    expect(body).not.toContain(SECRETS.lotterySeed);
  });
});
